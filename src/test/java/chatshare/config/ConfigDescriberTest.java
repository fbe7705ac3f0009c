package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDescriberTest {
    private final List<ConfigDescriber.Key> keys = ConfigDescriber.keys();

    private ConfigDescriber.Key key(String path) {
        return keys.stream().filter(k -> k.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + path));
    }

    @Test
    void everyLeafOfFirmConfigIsListed() {
        for (Map.Entry<String, Field> field : Schema.fields(FirmConfig.class).entrySet()) {
            String path = "firms.<firm>." + field.getKey();
            if (Schema.isSection(field.getValue().getType())) {
                for (String leaf : Schema.fields(field.getValue().getType()).keySet()) {
                    key(path + "." + leaf);
                }
            } else {
                key(path);
            }
        }
    }

    @Test
    void rowsCarryTypeDefaultAllowedAndMeaning() {
        ConfigDescriber.Key price = key("firms.<firm>.price");
        assertEquals("number", price.type());
        assertEquals("20", price.defaultValue());
        assertEquals("[0, 1000000]", price.allowed());
        assertEquals("Monthly price of the paid plan ($)", price.meaning());
        assertEquals("[0, 1]", key("firms.<firm>.filtering").allowed());
        assertEquals("meanField | network", key("market.social").allowed());
        assertEquals("integer", key("users.agents").type());
        assertEquals("[1, 200000000]", key("users.agents").allowed());
        assertEquals("100", key("users.segments.enterprise.tokensPerMonth").defaultValue(), "segment-specific defaults");
        key("platforms.<platform>.bundles[i].firm");
        key("platforms.<platform>.members");
        key("users.regions.<region>.share");
        key("users.filtering.mixture[i].a");
        assertTrue(keys.stream().allMatch(k -> !k.meaning().isEmpty()),
                "every key documented; missing: " + keys.stream().filter(k -> k.meaning().isEmpty()).toList());
    }

    @Test
    void sectionsComeInDeclarationOrder() {
        List<String> order = List.of("market.", "users.", "firms.", "platforms.", "outputs.");
        int last = -1;
        for (String section : order) {
            int first = 0;
            while (!keys.get(first).path().startsWith(section)) {
                first++;
            }
            assertTrue(first > last, section + " after the previous section");
            last = first;
        }
    }

    @Test
    void textTableIsAlignedWithAHeader() {
        List<String> lines = ConfigDescriber.text().lines().toList();
        assertEquals(keys.size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("key "), lines.get(0));
        int typeColumn = lines.get(0).indexOf("type");
        String price = lines.stream().filter(l -> l.startsWith("firms.<firm>.price ")).findFirst().orElseThrow();
        assertEquals("number", price.substring(typeColumn, typeColumn + 6), price);
        assertTrue(price.matches("firms\\.<firm>\\.price +number +20 +\\[0, 1000000\\] +Monthly price of the paid plan \\(\\$\\)"),
                price);
    }

    @Test
    void configReferenceInDocsIsUpToDate() throws IOException {
        assertEquals(ConfigDescriber.markdown(), Files.readString(Path.of("docs", "CONFIG.md")),
                "regenerate with: ./chatshare describe --markdown > docs/CONFIG.md");
    }
}
