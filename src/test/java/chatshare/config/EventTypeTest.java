package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EventType is the one list of event types: the schema's allowed values and the fields agree with it. */
class EventTypeTest {
    @Test
    void theSchemaAllowsExactlyTheEventTypesInTheirOrder() throws NoSuchFieldException {
        OneOf allowed = EventConfig.class.getField("type").getAnnotation(OneOf.class);
        assertEquals(EventType.keys(), List.of(allowed.value()),
                "EventConfig.type's @OneOf (an annotation needs constants) must list EventType's keys");
    }

    @Test
    void everyFieldATypeUsesIsAnEventField() {
        var fields = Schema.fields(EventConfig.class).keySet();
        for (EventType t : EventType.values()) {
            for (String f : t.fields) {
                assertTrue(fields.contains(f), t.key + " uses " + f);
            }
            if (t.firmKey != null) {
                assertTrue(Schema.fields(FirmConfig.class).containsKey(t.firmKey), t.key + " is bounded by firms.<firm>." + t.firmKey);
            }
            assertEquals(t, EventType.of(t.key));
        }
    }
}
