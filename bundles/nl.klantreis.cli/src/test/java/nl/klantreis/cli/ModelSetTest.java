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
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journey with its catalogue in a file of its own, as docs/command-line.md describes (the model set), read by every
 * command as one model set: the same findings as text, as XMI named alone and after text to
 * XMI to text; a missing or broken catalogue, one model id in two files, and a write that
 * fails each get one clear message and exit 2.
 */
class ModelSetTest {

    static final String CATALOGUE = """
            model keten "Ketenpartners" {
              organisation consulent "Consulent statushouders" { kind INTEGRATION trained staff interpreter budget }
              organisation ggd "GGD Hart voor Brabant" { kind PUBLIC_HEALTH caseload 40 }
              organisation werkplein "Werkplein" { kind WORK_AND_INCOME }
              organisation huisarts "Huisartsenpraktijk" { kind GENERAL_PRACTITIONER }
              persona familie-haddad "Familie Haddad" { speaks "Arabisch" dutch A1 }
            }
            """;
    static final String JOURNEY = """
            // the Haddad family's first months
            model haddad "Familie Haddad" {
              journey aankomst "Aankomst in de gemeente" for keten.familie-haddad {
                triggered by ARRIVAL "De familie krijgt een woning."
                phase eerste "Eerste weken" {
                  touchpoint intake "Brede intake" at keten.consulent {
                    channel HOME_VISIT purpose INTAKE duration 30 minutes interpreter PROFESSIONAL
                  }
                  touchpoint gezondheid "Gezondheidscheck" at keten.ggd {
                    channel COUNTER purpose ADVICE interpreter NONE
                  }
                }
                phase werk "Werk en inkomen" {
                  touchpoint uitkering "Uitkering aanvragen" at keten.werkplein {
                    channel LETTER purpose DECISION interpreter NONE
                  }
                  touchpoint huisarts-bezoek "Bij de huisarts" at keten.huisarts {
                    channel COUNTER purpose ADVICE interpreter NONE
                  }
                }
                handover intake -> gezondheid COLD
                handover uitkering -> huisarts-bezoek
              }
            }
            """;

    @TempDir
    Path folder;

    private final CommandRunner klantreis = new CommandRunner();
    private Path catalogue;
    private Path journey;

    @BeforeEach
    void journeyAndItsCatalogue() throws IOException {
        catalogue = Files.writeString(folder.resolve("keten.klantreis"), CATALOGUE);
        journey = Files.writeString(folder.resolve("haddad.klantreis"), JOURNEY);
    }

    @Test
    void theJourneyGivesTheSameFindingsAsTextAsXmiNamedAloneAndAfterTextToXmiToText() throws IOException {
        List<String> asText = findings(journey);
        assertTrue(asText.size() >= 5, "the journey has findings to compare: " + asText);

        Path xmi = folder.resolve("haddad.xmi");
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", xmi.toString()), klantreis.err.toString());
        assertTrue(Files.readString(xmi).contains("keten.klantreis#"), "the XMI refers into the catalogue");
        assertEquals(asText, findings(xmi), "the XMI named alone reads its catalogue");

        Files.delete(journey); // the user moves to XMI, and later back to text
        Path back = folder.resolve("terug.klantreis");
        assertEquals(0, klantreis.run("convert", xmi.toString(), "-o", back.toString()), klantreis.err.toString());
        String text = Files.readString(back);
        assertTrue(text.contains("for keten.familie-haddad") && text.contains("at keten.ggd"), text);
        Files.delete(xmi);
        assertEquals(asText, findings(back));
    }

    @Test
    void reportAndRenderOfTheXmiAloneShowWhatTheCatalogueRecords() throws IOException {
        Path xmi = Files.createDirectories(folder.resolve("xmi")).resolve("haddad.xmi");
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", xmi.toString()), klantreis.err.toString());
        Path report = folder.resolve("rapport.html");
        assertEquals(0, klantreis.run("report", xmi.toString(), "-o", report.toString(), "--lang", "nl"), klantreis.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("Familie Haddad") && html.contains("GGD Hart voor Brabant"), "persona and organisations");
        assertFalse(html.contains(">null<") || html.contains(": null"), "nothing shows as null");
        Path map = folder.resolve("kaart.svg");
        assertEquals(0, klantreis.run("render", xmi.toString(), "-o", map.toString(), "--lang", "nl"), klantreis.err.toString());
        String svg = Files.readString(map);
        assertTrue(svg.contains("Werkplein") && svg.contains("Huisartsenpraktijk"), "a lane per organisation");
        assertFalse(svg.contains("Organisatie niet vastgelegd"), "no step lost its organisation");
    }

    /** Compare reads each side with its catalogue: the journey as text and as XMI elsewhere are the same journey. */
    @Test
    void compareOfTheTextAndItsXmiFindsNothingChanged() throws IOException {
        Path xmi = Files.createDirectories(folder.resolve("xmi")).resolve("haddad.xmi");
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", xmi.toString()), klantreis.err.toString());
        CommandRunner compare = new CommandRunner();
        assertEquals(0, compare.run("compare", journey.toString(), xmi.toString(), "--format", "json"), compare.err.toString());
        com.google.gson.JsonObject comparison = com.google.gson.JsonParser.parseString(compare.out.toString()).getAsJsonArray().get(0)
                .getAsJsonObject().getAsJsonObject("findings");
        assertEquals(0, comparison.getAsJsonArray("resolved").size(), compare.out.toString());
        assertEquals(0, comparison.getAsJsonArray("new").size(), compare.out.toString());
        assertTrue(comparison.getAsJsonArray("remaining").size() >= 5, "the same findings on both sides: " + compare.out);
    }

    @Test
    void anXmiWhoseCatalogueIsGoneSaysWhichFileItMissesAndChecksNothing() throws IOException {
        Path xmi = folder.resolve("haddad.xmi");
        assertEquals(0, klantreis.run("convert", journey.toString(), "-o", xmi.toString()), klantreis.err.toString());
        Files.delete(catalogue);
        CommandRunner check = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, check.run("check", xmi.toString(), "--lang", "en"));
        String message = check.err.toString();
        assertTrue(message.contains("references to " + catalogue + " cannot be resolved: that file does not exist"), message);
        assertEquals(1, lines(message, "keten.klantreis"), "one line for the missing file: " + message);
        assertFalse(check.out.toString().contains("KR-"), "nothing checked as if it were complete");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("report", xmi.toString(), "-o", folder.resolve("r.html").toString()));
        assertFalse(Files.exists(folder.resolve("r.html")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "haddad.klantreis", "haddad.xmi" })
    void aBrokenCatalogueIsReportedAtItsOwnLineFirstAndTheJourneyGetsOneLine(String named) throws IOException {
        Path xmi = folder.resolve("haddad.xmi");
        if (named.endsWith(".xmi")) {
            assertEquals(0, klantreis.run("convert", journey.toString(), "-o", xmi.toString()), klantreis.err.toString());
            Files.delete(journey);
        }
        Files.writeString(catalogue, CATALOGUE.replace("{ kind PUBLIC_HEALTH caseload 40 }", "{ kind PUBLIC_HEALTH caseload 40 "));
        CommandRunner check = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, check.run("check", folder.resolve(named).toString(), "--lang", "nl"));
        String[] message = check.err.toString().split("\\R");
        // the parser sees the missing '}' where the next organisation begins
        assertTrue(message[0].startsWith(catalogue + ":4:3: fout KR-INPUT: 'organisation' begint een nieuwe regel"),
                "the catalogue's mistake first, at its line: " + message[0]);
        assertEquals(1, lines(check.err.toString(), named + ":"), "one line for the journey: " + check.err);
        assertTrue(check.err.toString().contains("niet op te lossen zolang dat bestand niet te lezen is"), check.err.toString());
        assertFalse(check.out.toString().contains("KR-"), "nothing checked as if it were complete");
    }

    @Test
    void twoFilesThatDeclareOneModelIdAreAnErrorNamingBoth() throws IOException {
        Path copy = Files.writeString(folder.resolve("haddad-kopie.klantreis"), JOURNEY);
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", folder.toString(), "--lang", "en"));
        String message = klantreis.err.toString();
        assertTrue(message.contains(journey + ":2:1: error KR-INPUT: the model id 'haddad' is also declared in " + copy), message);
        assertTrue(message.contains(copy + ":2:1: error KR-INPUT: the model id 'haddad' is also declared in " + journey), message);
        // the same when only one of them is named: its neighbour would decide what references reach
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", journey.toString()));
    }

    @Test
    void aHandoverJoinsTwoTouchpointsOfItsOwnJourney() throws IOException {
        Path two = Files.writeString(folder.resolve("twee.klantreis"), """
                model twee {
                  organisation o { kind INTEGRATION trained staff interpreter budget caseload 3 }
                  persona p { dutch B2 }
                  journey eerste for p { triggered by ARRIVAL phase f { touchpoint a at o { channel MEETING } } }
                  journey tweede for p {
                    triggered by ARRIVAL
                    phase g { touchpoint b at o { channel MEETING } }
                    handover b -> eerste.a WARM
                  }
                }
                """);
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", two.toString(), "--lang", "en"), klantreis.err.toString());
        assertTrue(klantreis.out.toString().contains(two + ":8:5: error KR-MODEL: Handover ‘b → a’ joins Touchpoint ‘a’ of Journey"
                + " ‘eerste’ to Journey ‘tweede’: a handover joins two touchpoints of its own journey."), klantreis.out.toString());
    }

    @Test
    void aFolderWithoutModelsIsUnusableInput() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("leeg"));
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("check", empty.toString(), "--lang", "en"));
        assertEquals("klantreis: " + empty + " holds no .klantreis or .xmi file.", klantreis.err.toString().strip());
    }

    /** Exit 1 means findings; a write that fails is unusable output: one line, exit 2, for every command that writes. */
    @Test
    void aWriteThatFailsIsOneTranslatedLineAndExitTwoForEveryCommand() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("bestand.txt"), "");
        String[][] commands = {
                { "report", journey.toString(), "-o", notAFolder.resolve("r.html").toString() },
                { "render", journey.toString(), "-o", notAFolder.resolve("r.svg").toString() },
                { "convert", journey.toString(), "-o", notAFolder.resolve("r.xmi").toString() },
                { "rules", "--format", "markdown", "-o", notAFolder.resolve("regels.md").toString() },
                { "compare", journey.toString(), journey.toString(), "--format", "html", "-o", notAFolder.resolve("v.html").toString() },
                { "report", journey.toString(), "-o", "/proc/klantreis/r.html" } };
        for (String[] command : commands) {
            CommandRunner run = new CommandRunner();
            String[] dutch = Arrays.copyOf(command, command.length + 2);
            dutch[command.length] = "--lang";
            dutch[command.length + 1] = "nl";
            assertEquals(ExitCodes.BAD_INPUT, run.run(dutch), String.join(" ", command) + ": " + run.err);
            String message = run.err.toString().strip();
            assertTrue(message.startsWith("klantreis: ") && message.contains("kan niet worden geschreven"), message);
            assertEquals(1, message.lines().count(), "one line: " + message);
            assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
        }
    }

    @Test
    void convertRefusesToWriteItsOwnInputAndSaysWhenItDropsComments() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("convert", journey.toString(), "-o", journey.toString(), "--force", "--lang", "en"));
        assertTrue(klantreis.err.toString().contains("is the file being converted"), klantreis.err.toString());
        assertEquals(JOURNEY, Files.readString(journey));

        CommandRunner convert = new CommandRunner();
        Path xmi = Files.createDirectories(folder.resolve("xmi")).resolve("haddad.xmi");
        assertEquals(0, convert.run("convert", journey.toString(), "-o", xmi.toString(), "--lang", "en"));
        assertTrue(convert.err.toString().contains("the comment in " + journey + " is not in the model and was not written"),
                convert.err.toString());
    }

    /** The findings as `check` prints them, without the file: rule id, severity and message. */
    private List<String> findings(Path file) {
        CommandRunner check = new CommandRunner();
        assertEquals(ExitCodes.FINDINGS, check.run("check", file.toString(), "--lang", "en", "--fail-on", "info"), check.err.toString());
        return check.out.toString().lines().filter(line -> line.contains(" KR-"))
                .map(line -> line.substring(line.indexOf(": ") + 2)).sorted().toList();
    }

    private static long lines(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).count();
    }
}
