package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** ParameterPath on its own: --set on a config tree, and reading a resolved config by path. */
class ParameterPathTest {
    private static JsonObject tree() {
        return JsonParser.parseString("""
                { "firms": { "grok": { "price": 8, "strategy": { "pricing": "fixed" } } },
                  "users": { "filtering": { "mixture": [ { "weight": 0.7, "a": 2, "b": 5 }, { "weight": 0.3, "a": 5, "b": 2 } ] } } }
                """).getAsJsonObject();
    }

    @Test
    void setThenGetReadsBackTheValue() {
        JsonObject t = tree();
        ParameterPath.apply(t, "firms.grok.price=12.5");
        ParameterPath.apply(t, "users.filtering.mixture[1].weight=0.4");
        assertEquals(12.5, ParameterPath.get(t, "firms.grok.price").getAsDouble());
        assertEquals(0.4, ParameterPath.get(t, "users.filtering.mixture[1].weight").getAsDouble());
        assertEquals(0.7, ParameterPath.get(t, "users.filtering.mixture[0].weight").getAsDouble(), "other elements keep theirs");
    }

    @Test
    void anObjectMergesKeyByKeyInsteadOfResettingTheRest() {
        JsonObject t = tree();
        ParameterPath.apply(t, "firms.grok={\"price\": 3}");
        assertEquals(3, ParameterPath.get(t, "firms.grok.price").getAsInt());
        assertEquals("fixed", ParameterPath.get(t, "firms.grok.strategy.pricing").getAsString());
    }

    @Test
    void aStringKeyTakesTheTextAsWritten() {
        JsonObject t = tree();
        ParameterPath.apply(t, "firms.grok.strategy.pricing=hillClimb");
        assertEquals("hillClimb", ParameterPath.get(t, "firms.grok.strategy.pricing").getAsString());
    }

    @Test
    void badPathsAreOneLineErrorsNamingTheOptionAndSuggestingTheKey() {
        ConfigException typo = assertThrows(ConfigException.class, () -> ParameterPath.apply(tree(), "firms.grok.prise=3"));
        assertTrue(typo.getMessage().startsWith("--set firms.grok.prise=3: "), typo.getMessage());
        assertTrue(typo.getMessage().contains("did you mean 'price'"), typo.getMessage());
        ConfigException noValue = assertThrows(ConfigException.class, () -> ParameterPath.apply(tree(), "firms.grok.price"));
        assertTrue(noValue.getMessage().contains("expected path=value"), noValue.getMessage());
        ConfigException empty = assertThrows(ConfigException.class, () -> ParameterPath.apply(tree(), "firms..price=3"));
        assertTrue(empty.getMessage().contains("empty key"), empty.getMessage());
        ConfigException range = assertThrows(ConfigException.class,
                () -> ParameterPath.apply(tree(), "users.filtering.mixture[5].weight=0.1"));
        assertTrue(range.getMessage().contains("no element [5]: the list has 2"), range.getMessage());
        for (String message : new String[] {typo.getMessage(), noValue.getMessage(), empty.getMessage(), range.getMessage()}) {
            assertTrue(!message.contains("\n"), "one line: " + message);
        }
    }
}
