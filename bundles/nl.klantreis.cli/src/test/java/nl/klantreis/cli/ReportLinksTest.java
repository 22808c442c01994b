/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of many journeys from many models is one page: every in-page link has its target,
 * and no id stands twice (not the arrowhead of each map, not two models' journeys with one id).
 */
class ReportLinksTest {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("(?:href=\"#|url\\(#)([^\")]+)");

    @TempDir
    Path folder;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void everyLinkHasItsTargetAndEveryIdIsUnique() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("kopie"));
        // the same model twice, under another model id: the same journey and element ids in both
        String loonOpZand = Files.readString(ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis"));
        Files.writeString(copy.resolve("tweede.klantreis"), loonOpZand.replaceFirst("model loon-op-zand", "model tweede"));
        Path report = folder.resolve("alles.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), copy.toString(),
                "-o", report.toString()), klantreis.err.toString());
        String html = Files.readString(report);

        List<String> ids = all(ID, html);
        Set<String> unique = new HashSet<>(ids);
        List<String> twice = new ArrayList<>(ids);
        unique.forEach(twice::remove);
        assertEquals(List.of(), twice, "ids that stand more than once");
        List<String> broken = all(LINK, html).stream().filter(target -> !unique.contains(target)).toList();
        assertEquals(List.of(), broken, "links without a target");
        assertTrue(all(LINK, html).size() > 20, "the report links findings and map both ways");
    }

    /**
     * Each finding's "Waar" links to what it is about: a handover to its arrow on the map, an
     * organisation to its lane, a key person to a step it takes part in, and what no map shows
     * to the line that says so.
     */
    @Test
    void everyFindingLinksToWhatItIsAbout() throws IOException {
        Path report = folder.resolve("alles.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), "-o", report.toString(),
                "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        Matcher row = Pattern.compile("<td class=\"rule\">([^<]*)</td><td>(.*?)</td>").matcher(html);
        List<String> unlinked = new ArrayList<>();
        int rows = 0;
        while (row.find()) {
            rows++;
            if (!row.group(2).startsWith("<a href=\"#")) {
                unlinked.add(row.group(1) + " " + row.group(2));
            }
        }
        assertTrue(rows > 30, rows + " findings");
        assertEquals(List.of(), unlinked, "findings whose element is not linked");
        assertTrue(html.contains("<g class=\"handover cold\" id=\"map-"), "a handover is a link target");
        assertTrue(all(Pattern.compile("href=\"#(lane-[^\"]+)\""), html).size() > 3, "organisations link to their lanes");
        assertTrue(html.contains("Op geen kaart, want zonder contactmoment in deze klantreizen: <span id=\"chain-eritrees-ggd\">GGD</span>"),
                "GGD has no step in any journey");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
