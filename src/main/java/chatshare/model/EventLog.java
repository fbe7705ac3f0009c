package chatshare.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The events applied in the current tick, scheduled and endogenous, in the order they happened. */
final class EventLog {
    private final List<EventRecord> events = new ArrayList<>();
    private final List<EventRecord> view = Collections.unmodifiableList(events);

    /** A new tick starts (the events step). */
    void clear() {
        events.clear();
    }

    void record(EventRecord e) {
        events.add(e);
    }

    List<EventRecord> list() {
        return view;
    }
}
