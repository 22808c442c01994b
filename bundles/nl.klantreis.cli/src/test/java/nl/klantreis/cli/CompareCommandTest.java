/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code klantreis compare}: before and after, as text, JSON and HTML. */
class CompareCommandTest {

    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/voor-en-na/voor-en-na.klantreis");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    /** The planned journey names its baseline: one model is enough. */
    @Test
    void aPlannedJourneyIsComparedWithItsBaseline() {
        assertEquals(0, klantreis.run("compare", EXAMPLE.toString(), "--format", "json"), klantreis.err.toString());
        JsonObject comparison = JsonParser.parseString(klantreis.out.toString()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("voor", comparison.get("baseline").getAsString());
        assertEquals("na", comparison.get("planned").getAsString());
        JsonObject findings = comparison.getAsJsonObject("findings");
        assertEquals(List.of("KR-INTERPRETER-01", "KR-UNDERSTANDING-01", "KR-HANDOVER-01"), rules(findings.getAsJsonArray("resolved")));
        assertEquals(List.of(), rules(findings.getAsJsonArray("new")));
        assertEquals(List.of("KR-INTERPRETER-04"), rules(findings.getAsJsonArray("remaining")), "the budget is agreed, not there yet");
        JsonObject steps = comparison.getAsJsonObject("steps");
        assertEquals(0, steps.getAsJsonArray("added").size());
        assertEquals(0, steps.getAsJsonArray("removed").size());
        JsonObject consult = steps.getAsJsonArray("changed").get(1).getAsJsonObject();
        assertEquals("consult-voor", consult.get("before").getAsString(), "paired by organisation and purpose");
        assertEquals("consult-na", consult.get("after").getAsString());
        List<String> changed = consult.getAsJsonArray("changes").asList().stream()
                .map(change -> change.getAsJsonObject().get("feature").getAsString()).toList();
        assertEquals(List.of("interpreter", "duration", "handover", "emotion"), changed);
    }

    @Test
    void textSaysWhatChangedInTheReadersLanguage() {
        assertEquals(0, klantreis.run("compare", EXAMPLE.toString(), "--lang", "nl"), klantreis.err.toString());
        String text = klantreis.out.toString();
        assertTrue(text.startsWith("Voor: zelf de weg vinden \u2192 Na: warm doorverwezen\nOpgeloste bevindingen: 3\n"), text);
        assertTrue(text.contains("  ~ Consult huisarts \u2192 Consult huisarts met tolk: tolk Geen \u2192 Professionele tolk; "
                + "duur (minuten) 10 \u2192 20; overdracht Koud \u2192 Warm; emotie -2 \u2192 +1\n"), text);
    }

    /** Two versions of one file: the journeys with the same id are compared. */
    @Test
    void twoVersionsOfAFileAreComparedJourneyByJourney() throws IOException {
        String text = Files.readString(EXAMPLE);
        Path before = Files.writeString(temp.resolve("oud.klantreis"), text);
        Path after = Files.writeString(temp.resolve("nieuw.klantreis"), text
                .replace("        interpreter NONE\n        forms SPOKEN\n        emotion -2",
                        "        interpreter PROFESSIONAL\n        forms SPOKEN\n        emotion -2"));
        assertEquals(0, klantreis.run("compare", before.toString(), after + "#voor", "--format", "json"), klantreis.err.toString());
        JsonArray all = JsonParser.parseString(klantreis.out.toString()).getAsJsonArray();
        assertEquals(1, all.size());
        JsonObject comparison = all.get(0).getAsJsonObject();
        assertEquals(List.of("KR-INTERPRETER-01"), rules(comparison.getAsJsonObject("findings").getAsJsonArray("resolved")));
        JsonObject consult = comparison.getAsJsonObject("steps").getAsJsonArray("changed").get(0).getAsJsonObject();
        assertEquals("consult-voor", consult.get("after").getAsString(), "paired by id");
        assertEquals(1, consult.getAsJsonArray("changes").size());
    }

    /** Both maps side by side, what changed outlined, and every link with its target. */
    @Test
    void htmlShowsBothMapsAndMarksTheChanges() throws IOException {
        Path html = temp.resolve("voor-en-na.html");
        assertEquals(0, klantreis.run("compare", EXAMPLE.toString(), "--format", "html", "-o", html.toString(), "--lang", "nl"),
                klantreis.err.toString());
        String page = Files.readString(html);
        assertEquals(2, page.split("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\"", -1).length - 1);
        assertEquals(4, page.split("class=\"marked\"", -1).length - 1, "the two changed steps, on each map");
        assertTrue(page.contains("Opgeloste bevindingen (3)") && page.contains("Gebleven bevindingen (1)"), page);
        String[] links = page.split("href=\"#");
        assertTrue(links.length > 3, "the findings link to the maps");
        for (int i = 1; i < links.length; i++) {
            String id = links[i].substring(0, links[i].indexOf('"'));
            assertTrue(page.contains(" id=\"" + id + "\""), "a link without its target: " + id);
        }
    }

    /**
     * Measured in headless Chromium at a 1400 px window: the maps, one above the other, keep a
     * step's smallest text at least 10 px high (side by side they shrank it below that), and
     * their labels stay in their boxes.
     */
    @Test
    void htmlMapsAreLegibleAtAScreensWidth() throws Exception {
        Path html = temp.resolve("voor-en-na.html");
        assertEquals(0, klantreis.run("compare", EXAMPLE.toString(), "--format", "html", "-o", html.toString(), "--lang", "nl"),
                klantreis.err.toString());
        String result = InTheBrowser.measure(html, 1400, temp);
        assertTrue(result.startsWith("checked ") && !result.startsWith("checked 0 "), result);
        assertTrue(result.endsWith("problems: none"), result);
        assertTrue(InTheBrowser.smallestStepText(result) >= 10, result);
    }

    @Test
    void withoutABaselineItSaysWhatToName() throws IOException {
        Path weert = ModelOutsideOsgiTest.ROOT.resolve("examples/weert/weert.klantreis");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("compare", weert.toString(), "--lang", "nl"));
        assertTrue(klantreis.err.toString().contains("heeft geen geplande klantreis die haar uitgangssituatie noemt"), klantreis.err.toString());
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("compare", EXAMPLE.toString(), "--format", "html"));
        assertFalse(klantreis.err.toString().contains("Exception"), klantreis.err.toString());
    }

    private static List<String> rules(JsonArray findings) {
        return findings.asList().stream().map(finding -> finding.getAsJsonObject().get("rule").getAsString()).toList();
    }
}
