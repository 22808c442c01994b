/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.Rgb;

/** {@code klantreis report}: one self-contained HTML file, looked at in a real browser. */
class ReportCommandTest {

    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis");
    private static final Path CHROMIUM = InTheBrowser.CHROMIUM;
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void reportHoldsMapCurveFiguresAndLinkedFindings() throws IOException {
        Path report = temp.resolve("rapport.html");
        assertEquals(0, klantreis.run("report", EXAMPLE.toString(), "-o", report.toString(), "--lang", "en"), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "no network, no script");
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\""));
        assertTrue(html.contains("class=\"emotion-curve\""));
        assertTrue(html.contains("id=\"findings-loon-op-zand-huisarts-consult\""), "findings are anchored to their element");
        assertTrue(html.contains("href=\"#findings-loon-op-zand-huisarts-consult\""), "the map links to the findings");
        assertTrue(html.contains("KR-INTERPRETER-01"));
        assertTrue(html.contains("Length of the intake"));
    }

    /** What the findings rest on: the persona card and the journey's facts, only what the model records. */
    @Test
    void personaCardAndJourneyFactsShowWhatIsRecorded() throws IOException {
        Path journey = Files.writeString(temp.resolve("kaart.klantreis"), """
                model m {
                  organisation wi "Werk en Inkomen" { kind WORK_AND_INCOME trained staff interpreter budget caseload 3 }
                  persona p "Hiwet" { from "Eritrea" speaks "Tigrinya", "Arabisch" dutch A2 }
                  journey j "Werk zoeken" for p {
                    status REVIEWED
                    owner wi
                    triggered by JOB_SEARCH
                  }
                }
                """);
        Path report = temp.resolve("kaart.html");
        assertEquals(0, klantreis.run("report", journey.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        String card = html.substring(html.indexOf("class=\"persona-card\""));
        card = card.substring(0, card.indexOf("</table>"));
        assertTrue(card.contains("Eritrea") && card.contains("Tigrinya, Arabisch") && card.contains("A2"), card);
        assertTrue(card.contains("Huishouden</th><td class=\"not-recorded\">niet vastgelegd")
                && card.contains("Geletterdheid</th><td class=\"not-recorded\">niet vastgelegd"), "not recorded, said as such: " + card);
        String facts = html.substring(html.indexOf("class=\"journey-facts\""));
        facts = facts.substring(0, facts.indexOf("</table>"));
        assertTrue(facts.contains("Werk en Inkomen"), facts);
        assertTrue(facts.contains("Soort</th><td class=\"not-recorded\">niet vastgelegd"), "the journey's kind was not recorded: " + facts);
    }

    /** A value nobody recorded is no value: no channel word, no emotion colour, a gap in the curve. */
    @Test
    void whatIsNotRecordedShowsAsSuch() throws IOException {
        Path journey = Files.writeString(temp.resolve("leeg.klantreis"), """
                model m {
                  organisation balie "Balie" { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
                  persona p { dutch A1 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint eerste "Eerste" at balie { channel PHONE interpreter PROFESSIONAL emotion +1 }
                      touchpoint tweede "Tweede" at balie { }
                      touchpoint derde "Derde" at balie { channel PHONE interpreter PROFESSIONAL emotion -1 }
                      touchpoint vierde "Vierde" at balie { channel PHONE emotion 0 }
                    }
                  }
                }
                """);
        Path report = temp.resolve("leeg.html");
        assertEquals(0, klantreis.run("report", journey.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("fill=\"" + EmotionColours.NOT_RECORDED.hex() + "\" stroke=\"#555\"/><title>Tweede\nBalie</title>"),
                "white, and the organisation without a channel word");
        assertTrue(html.contains("fill=\"" + EmotionColours.of(0).hex() + "\" stroke=\"#555\"/><title>Vierde\nBalie \u00b7 Telefoon</title>"),
                "a recorded 0 is neutral grey");
        String curve = html.substring(html.indexOf("class=\"emotion-curve\""));
        curve = curve.substring(0, curve.indexOf("</svg>"));
        assertEquals(2, curve.split("class=\"curve\"", -1).length - 1, "the line breaks where no emotion is recorded");
        assertTrue(curve.contains("<title>Tweede: emotie niet vastgelegd</title>"), curve);
        assertTrue(html.contains("2 van 2 (100%); bij nog 1 niet vastgelegd"), "the interpreter share counts what was recorded");
    }

    /** A spoken step below the language level whose interpreter nobody recorded: the report never says none was needed. */
    @Test
    void anInterpreterNobodyRecordedIsNotReadAsNoneNeeded() throws IOException {
        Path journey = Files.writeString(temp.resolve("tolk.klantreis"), """
                model m {
                  organisation balie "Balie" { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
                  persona p { dutch A1 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint intake "Intake" at balie { channel HOME_VISIT forms SPOKEN }
                    }
                  }
                }
                """);
        Path report = temp.resolve("tolk.html");
        assertEquals(0, klantreis.run("report", journey.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("bij 1 niet vastgelegd"), "the step whose interpreter is not recorded is counted as such");
        assertFalse(html.contains("geen enkele had er een nodig"), "and not as one that needed none");
    }

    /** Over many journeys the report opens with an overview: a row per journey, totals, organisations by rule, reach. */
    @Test
    void manyJourneysOpenWithAnOverview() throws IOException {
        Path report = temp.resolve("overzicht.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), "-o", report.toString(),
                "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        String overview = html.substring(html.indexOf("<section id=\"overview\">"), html.indexOf("</section>", html.indexOf("<section id=\"overview\">")));
        String journeys = overview.substring(0, overview.indexOf("</table>"));
        // seven journeys in six files, each model once (Loon op Zand was counted twice while its XMI lay beside its text)
        assertEquals(7 + 2, journeys.split("<tr>", -1).length - 1, "a header, a row per journey of the examples and one for the chain");
        assertEquals(1, journeys.split("Van huisvesting naar werk", -1).length - 1, "Loon op Zand once: " + journeys);
        assertTrue(journeys.contains("<a href=\"#journey-voor-en-na-na\">Na: warm doorverwezen</a></td><td>0</td><td>1</td><td>0</td>"
                + "<td>2 van 2 (100%)</td><td>1 van 1 (100%)</td><td>90 minuten</td>"), journeys);
        assertTrue(journeys.contains("<tr class=\"total\"><th>Totaal (7 klantreizen)</th>"), journeys);
        // the totals are every finding, those about organisations and key persons too: as check counts them
        CommandRunner check = new CommandRunner();
        check.run("check", "--format", "json", ModelOutsideOsgiTest.ROOT.resolve("examples").toString());
        Map<String, Long> bySeverity = com.google.gson.JsonParser.parseString(check.out.toString()).getAsJsonArray().asList().stream()
                .collect(java.util.stream.Collectors.groupingBy(finding -> finding.getAsJsonObject().get("severity").getAsString(),
                        java.util.stream.Collectors.counting()));
        String total = journeys.substring(journeys.indexOf("<tr class=\"total\">"));
        assertTrue(total.contains("</th><th>" + bySeverity.getOrDefault("error", 0L) + "</th><th>" + bySeverity.getOrDefault("warning", 0L)
                + "</th><th>" + bySeverity.getOrDefault("info", 0L) + "</th>"), bySeverity + " " + total);
        assertTrue(journeys.contains("<a href=\"#chain\">Bevindingen over de keten</a>"), journeys);
        String matrix = overview.substring(overview.indexOf("class=\"overview-matrix\""));
        matrix = matrix.substring(0, matrix.indexOf("</table>"));
        List<String> rules = java.util.Arrays.stream(matrix.substring(0, matrix.indexOf("</tr>")).split("<th>")).skip(2)
                .map(header -> header.substring(0, header.indexOf('<'))).toList();
        String kcc = matrix.substring(matrix.indexOf("<td>Klantcontactcentrum (Gemeente Weert)</td>"));
        kcc = kcc.substring(0, kcc.indexOf("</tr>"));
        List<String> cells = java.util.Arrays.stream(kcc.split("<td>")).skip(2).map(cell -> cell.substring(0, cell.indexOf('<'))).toList();
        assertEquals("1", cells.get(rules.indexOf("KR-TRAINING-01")), "the untrained counter: " + kcc);
        assertEquals("1", cells.get(rules.indexOf("KR-INTERPRETER-01")), "no interpreter at its touchpoint");
        assertEquals("", cells.get(rules.indexOf("KR-STAFF-01")));
        String reach = overview.substring(overview.indexOf("class=\"overview-reach\""));
        assertTrue(reach.contains("<td>GGD (Impulstraject kwetsbare Eritrese nieuwkomers)</td><td>GGD</td><td class=\"not-recorded\">niet vastgelegd</td>"),
                reach);
        assertTrue(reach.contains("<td>Klantcontactcentrum (Gemeente Weert)</td><td>Klantcontactcentrum</td><td>50</td>"), reach);
    }

    /** Every word of the report follows --lang, the edit bundle's labels of values included. */
    @Test
    void dutchReportNamesLifeEventInDutch() throws IOException {
        Path report = temp.resolve("rapport.html");
        assertEquals(0, klantreis.run("report", EXAMPLE.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("Levensgebeurtenis: Aankomst en huisvesting"), "life event in Dutch");
        assertTrue(html.contains("Duur van de intake"));
        assertFalse(html.contains("Arrival and housing"));
    }

    @Test
    void markupInNamesStaysText() throws IOException {
        Path model = Files.writeString(temp.resolve("m.klantreis"), Files.readString(EXAMPLE)
                .replace("\"Consult huisarts\"", "\"<script>alert(1)</script> & <b>huisarts</b>\""));
        Path report = temp.resolve("r.html");
        assertEquals(0, klantreis.run("report", model.toString(), "-o", report.toString()), klantreis.err.toString());
        String html = Files.readString(report);
        assertFalse(html.contains("<script>"), "a name with markup is not markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void reportNeverOverwritesWithoutForce() throws IOException {
        Path report = Files.writeString(temp.resolve("bestaand.html"), "van iemand anders");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("report", EXAMPLE.toString(), "-o", report.toString()));
        assertEquals("van iemand anders", Files.readString(report));
    }

    /** Headless Chromium opens the report offline: no console error, and the screenshot shows the map. */
    @Test
    void browserShowsTheMapWithoutErrors() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is needed: apt-get install chromium (.ci/run does this)");
        Path report = temp.resolve("rapport.html");
        assertEquals(0, klantreis.run("report", EXAMPLE.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        // Kept in target/ so that a reviewer can look at what the browser showed.
        Path screenshot = Files.createDirectories(Path.of("target")).resolve("report-screenshot.png");
        Files.deleteIfExists(screenshot);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--enable-logging=stderr", "--v=0",
                // tall enough for the whole first map: its last step (the colour of -1) sits low
                "--window-size=1400,2000", "--screenshot=" + screenshot, report.toUri().toString())
                        .redirectErrorStream(true).start();
        String log = new String(chromium.getInputStream().readAllBytes());
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        List<String> consoleErrors = log.lines().filter(line -> line.contains("CONSOLE")).toList();
        assertEquals(List.of(), consoleErrors, "console messages of the report");

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertTrue(count(image, EmotionColours.of(1)) > 500, "touchpoints in the emotion colour of +1 are drawn");
        assertTrue(count(image, EmotionColours.of(-1)) > 500, "and in the colour of -1");
    }

    /**
     * What the browser draws, measured by the browser: in every map of every example, at a
     * screen's width and at a narrow window's, each label lies inside its box, the steps run
     * left to right in written order, and a step's smallest text (its channel) is at least 10 px
     * high: a map is scaled to the window, but no further (issue 26: 7 px at 1400, 4 px at 800).
     */
    @ParameterizedTest
    @ValueSource(ints = { 1400, 800 })
    void inTheBrowserLabelsStayInTheirBoxesAndStepsInOrder(int width) throws Exception {
        Path report = temp.resolve("alle.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), "-o",
                report.toString(), "--lang", "nl"), klantreis.err.toString());
        String result = InTheBrowser.measure(report, width, temp);
        assertTrue(result.startsWith("checked "), result);
        assertTrue(Integer.parseInt(result.substring(8, result.indexOf(' ', 8))) > 50, "labels measured: " + result);
        assertTrue(result.endsWith("problems: none"), result);
        assertTrue(InTheBrowser.smallestStepText(result) >= 10, result);
    }

    /**
     * A report of one journey, printed: the journey starts on the first page, under the title (no
     * page of a title alone), and the paper does not ask to click.
     */
    @Test
    void oneJourneyPrintsFromTheFirstPageWithoutAskingToClick() throws Exception {
        assertTrue(Files.isExecutable(PDFTOTEXT), "pdftotext is needed: apt-get install poppler-utils (.ci/run does this)");
        Path report = temp.resolve("een.html");
        assertEquals(0, klantreis.run("report", EXAMPLE.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        assertTrue(Files.readString(report).contains("<span class=\"screen-only\">Een contactmoment met bevindingen heeft op de kaart een blauwe rand"),
                "on screen the report says what a click does");
        Path pdf = print(report, "report-one-journey.pdf");
        Process firstPage = new ProcessBuilder(PDFTOTEXT.toString(), "-l", "1", pdf.toString(), "-").redirectErrorStream(true).start();
        String first = new String(firstPage.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(firstPage.waitFor(60, TimeUnit.SECONDS) && firstPage.exitValue() == 0, first);
        assertTrue(first.contains("Van huisvesting naar werk") && first.contains("Persona"), "the journey on the first page: " + first);
        Process all = new ProcessBuilder(PDFTOTEXT.toString(), pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(all.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(all.waitFor(60, TimeUnit.SECONDS));
        assertFalse(printed.contains("klik erop"), "no click on paper");
    }

    /** Chromium's print to PDF of a report, kept in target/ to be looked at. */
    private Path print(Path report, String name) throws Exception {
        Path pdf = Files.createDirectories(Path.of("target")).resolve(name);
        Files.deleteIfExists(pdf);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + temp.resolve("print-profile-" + name), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, report.toUri().toString()).redirectErrorStream(true).start();
        chromium.getInputStream().readAllBytes();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
        return pdf;
    }

    /**
     * Printed (Chromium's print to PDF, as a policy officer prints it for a meeting): A4 landscape,
     * each journey from a page of its own. The PDF is kept in target/ to be looked at.
     */
    @Test
    void printsOnA4LandscapeWithAPagePerJourney() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is needed: apt-get install chromium (.ci/run does this)");
        Path report = temp.resolve("alle.html");
        assertEquals(0, klantreis.run("report", ModelOutsideOsgiTest.ROOT.resolve("examples").toString(), "-o",
                report.toString(), "--lang", "nl"), klantreis.err.toString());
        int journeys = Files.readString(report).split("<section class=\"journey\"", -1).length - 1;
        Path pdf = print(report, "report-print.pdf");
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(text);
        int pages = 0;
        while (box.find()) {
            pages++;
            double width = Double.parseDouble(box.group(1));
            double height = Double.parseDouble(box.group(2));
            assertEquals(842, width, 1, "A4 landscape is 297 mm wide");
            assertEquals(595, height, 1, "and 210 mm high");
        }
        assertTrue(pages > journeys, pages + " pages for " + journeys + " journeys, each starting a page");

        // the pages as a reader sees them, kept in target/report-pages/ to be looked at
        assertTrue(Files.isExecutable(PDFTOPPM), "pdftoppm is needed: apt-get install poppler-utils (.ci/run does this)");
        Path folder = Files.createDirectories(Path.of("target", "report-pages"));
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Process render = new ProcessBuilder(PDFTOPPM.toString(), "-r", "60", "-png", pdf.toString(), folder.resolve("page").toString())
                .redirectErrorStream(true).start();
        render.getInputStream().readAllBytes();
        assertTrue(render.waitFor(120, TimeUnit.SECONDS) && render.exitValue() == 0, "pdftoppm rendered the pages");
        List<Path> images;
        try (var rendered = Files.list(folder)) {
            images = rendered.sorted().toList();
        }
        assertEquals(pages, images.size(), "a PNG per page");
        int withMaps = 0;
        for (Path page : images) {
            BufferedImage image = ImageIO.read(page.toFile());
            assertTrue(image.getWidth() > image.getHeight(), page + " is landscape");
            withMaps += count(image, EmotionColours.of(1)) > 100 ? 1 : 0;
        }
        assertTrue(withMaps >= 4, "journey maps are printed in their emotion colours on " + withMaps + " pages");
    }

    /**
     * A journey of 21 steps, printed: its map, 5,500 px wide, would print whole at 2 pt; it is
     * printed in pieces instead, each with the lanes' names, at a scale its words keep at least
     * 6 pt high (measured by pdftotext's word boxes; 72 pt to the inch). The PDF is kept in
     * target/ to be looked at.
     */
    @Test
    void aLongJourneyPrintsInReadablePieces() throws Exception {
        assertTrue(Files.isExecutable(PDFTOTEXT), "pdftotext is needed: apt-get install poppler-utils (.ci/run does this)");
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            steps.append("      touchpoint vervolg-").append(i).append(" \"Vervolgafspraak schuldhulpverlening ").append(i)
                    .append("\" at ").append(List.of("consulent", "taalcoach", "baanbrekers", "huisarts").get(i % 4))
                    .append(" {\n        channel MEETING\n        emotion ").append(i % 5 - 2).append("\n      }\n");
        }
        String phase = "    phase werk-fase \"Rust in het hoofd, dan werk\" {\n";
        String text = Files.readString(EXAMPLE);
        assertTrue(text.contains(phase));
        Path journey = Files.writeString(Files.createDirectories(temp.resolve("lang")).resolve("lang.klantreis"),
                text.replace(phase, phase + steps));
        Path report = temp.resolve("lang.html");
        assertEquals(0, klantreis.run("report", journey.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        assertTrue(Files.readString(report).contains("<div class=\"print-slices\">"), "cut for print");
        Path pdf = print(report, "report-long-journey.pdf");
        Process words = new ProcessBuilder(PDFTOTEXT.toString(), "-bbox", pdf.toString(), "-").redirectErrorStream(true).start();
        String boxes = new String(words.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(words.waitFor(60, TimeUnit.SECONDS) && words.exitValue() == 0, boxes);
        java.util.regex.Matcher word = java.util.regex.Pattern
                .compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">Vervolgafspraak<").matcher(boxes);
        int printed = 0;
        for (; word.find(); printed++) {
            double height = Double.parseDouble(word.group(2)) - Double.parseDouble(word.group(1));
            assertTrue(height >= 6, "a step's name printed " + height + " pt high");
        }
        assertTrue(printed >= 16, printed + " step names printed");
    }

    private static int count(BufferedImage image, Rgb colour) {
        int wanted = (colour.red() << 16) | (colour.green() << 8) | colour.blue();
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == wanted) {
                    found++;
                }
            }
        }
        return found;
    }
}
