package chatshare.output;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per firm, the same in every chart and in the GUI: the bundled firms keep their
 * brand-like colour whatever the config; other firms take the next unused palette colour in
 * config order. Users of no assistant are light grey.
 */
public final class FirmColours {
    public static final Color NONE = new Color(0xC8C8C8);

    private static final Map<String, Color> KNOWN = Map.of(
            "grok", new Color(0x1A1A1A),
            "chatgpt", new Color(0x10A37F),
            "claude", new Color(0xD97757),
            "gemini", new Color(0x4285F4),
            "deepseek", new Color(0x8E44AD));

    /** Tableau-10 colours not too close to the known ones. */
    private static final List<Color> PALETTE = List.of(new Color(0xE15759), new Color(0xEDC948),
            new Color(0x76B7B2), new Color(0x9C755F), new Color(0xFF9DA7), new Color(0x59A14F),
            new Color(0xB07AA1), new Color(0xBAB0AC));

    private FirmColours() {
    }

    /** Colours of the firms, in the order given. */
    public static Map<String, Color> of(List<String> firms) {
        Map<String, Color> colours = new LinkedHashMap<>();
        int next = 0;
        for (String firm : firms) {
            Color known = KNOWN.get(firm.toLowerCase(java.util.Locale.ROOT));
            colours.put(firm, known != null ? known : PALETTE.get(next++ % PALETTE.size()));
        }
        return colours;
    }
}
