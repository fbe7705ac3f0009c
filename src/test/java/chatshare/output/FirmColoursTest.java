package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirmColoursTest {
    @Test
    void aBundledFirmKeepsItsColourWhateverTheConfig() {
        Map<String, Color> five = FirmColours.of(List.of("grok", "chatgpt", "claude", "gemini", "deepseek"));
        Map<String, Color> other = FirmColours.of(List.of("mistral", "deepseek", "grok"));
        assertEquals(five.get("grok"), other.get("grok"));
        assertEquals(five.get("deepseek"), other.get("deepseek"));
    }

    @Test
    void everyFirmHasItsOwnColourDistinctFromNone() {
        List<String> firms = List.of("grok", "a", "chatgpt", "b", "c", "claude", "d", "gemini", "e", "deepseek", "f");
        Map<String, Color> colours = FirmColours.of(firms);
        assertEquals(firms, List.copyOf(colours.keySet()), "in config order");
        assertEquals(firms.size(), new HashSet<>(colours.values()).size());
        assertFalse(colours.containsValue(FirmColours.NONE));
        assertNotEquals(colours.get("a"), colours.get("b"));
    }
}
