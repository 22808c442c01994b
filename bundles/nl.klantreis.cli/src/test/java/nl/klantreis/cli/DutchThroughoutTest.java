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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --lang nl everything a facilitator reads is Dutch, and sentences read well. */
class DutchThroughoutTest {

    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/eritrese-nieuwkomer/eritrese-nieuwkomer.klantreis");

    @TempDir
    Path folder;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void findingsSpeakDutchWithoutLiteralsOrDoubledWords() {
        klantreis.run("check", "--lang", "nl", EXAMPLE.toString());
        String out = klantreis.out.toString();
        assertTrue(out.contains(": waarschuwing KR-") && out.contains(": fout KR-") && out.contains(": melding KR-"), out);
        assertFalse(out.contains(" warning ") || out.contains(" error ") || out.contains(" info "), out);
        assertTrue(out.contains("(Besluit)") && !out.contains("(DECISION)"), out);
        assertFalse(out.contains("EDUCATION") || out.contains("HOUSING"), "life domains by their Dutch names: " + out);
        assertFalse(out.contains("Intake Intake") || out.contains("Sleutelpersoon Sleutelpersoon"), out);
    }

    @Test
    void aSingleContactIsCountedAsOne() throws IOException {
        Path journey = Files.writeString(folder.resolve("een.klantreis"), """
                model m {
                  organisation o "Balie" { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
                  persona p { dutch B2 }
                  journey j "Eén contact" for p {
                    triggered by ARRIVAL
                    phase f { touchpoint t "Loket" at o { channel COUNTER initiated by RESIDENT purpose INTAKE duration 90 minutes } }
                  }
                }
                """);
        klantreis.run("check", "--lang", "nl", journey.toString());
        String out = klantreis.out.toString();
        assertTrue(out.contains("KR-OUTREACH-01"), out);
        assertTrue(out.contains("bij het enige contact") && !out.contains("alle 1 contacten"), out);
    }

    @Test
    void ruleSettingProblemsHaveTheirOwnId() throws IOException {
        Path journey = Files.writeString(folder.resolve("instelling.klantreis"), """
                model m {
                  persona p { dutch B2 }
                  rule KR-BESTAAT-NIET off
                }
                """);
        klantreis.run("check", "--lang", "nl", journey.toString());
        String out = klantreis.out.toString();
        assertTrue(out.contains(" KR-SETTING: "), out);
        assertFalse(out.contains(" EMF: "), out);

        // one problem, one code: the report and an XMI of the same model say KR-SETTING too (the report said KR-MODEL)
        Path report = folder.resolve("instelling.html");
        assertEquals(0, new CommandRunner().run("report", journey.toString(), "-o", report.toString()));
        String html = Files.readString(report);
        assertTrue(html.contains("<td class=\"rule\">KR-SETTING</td>"), html);
        assertFalse(html.contains(">KR-MODEL<"), html);
        Path xmi = folder.resolve("instelling.xmi");
        assertEquals(0, new CommandRunner().run("convert", journey.toString(), "-o", xmi.toString()));
        CommandRunner checkXmi = new CommandRunner();
        checkXmi.run("check", "--lang", "nl", xmi.toString());
        assertTrue(checkXmi.out.toString().contains(" KR-SETTING: "), checkXmi.out.toString());
    }

    /** The metamodel declares emotion -2 .. +2: a value outside it is an error at its place, with the range. */
    @Test
    void anEmotionOutsideTheScaleIsAnErrorWithTheRange() throws IOException {
        Path journey = Files.writeString(folder.resolve("zeven.klantreis"), """
                model m {
                  organisation o "Balie" { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
                  persona p { dutch B2 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint t "Loket" at o {
                        channel COUNTER
                        emotion +7
                      }
                    }
                  }
                }
                """);
        assertEquals(ExitCodes.FINDINGS, klantreis.run("check", "--lang", "nl", journey.toString()));
        assertTrue(
                klantreis.out.toString().contains(journey + ":9:17: fout KR-MODEL: Contactmoment ‘Loket’: emotie 7 ligt buiten het toegestane bereik -2 .. 2."),
                klantreis.out.toString());
    }

    /** --lang may stand before the command's name, as --plugins may; severities are not case-sensitive. */
    @Test
    void theLanguageMayBeAskedBeforeTheCommandAndSeveritiesInAnyCase() {
        assertEquals(ExitCodes.FINDINGS, klantreis.run("--lang", "nl", "check", "--fail-on", "WARNING", EXAMPLE.toString()),
                klantreis.err.toString());
        assertTrue(klantreis.out.toString().contains(": waarschuwing KR-"), klantreis.out.toString());
        CommandRunner english = new CommandRunner();
        english.run("--lang", "nl", "check", "--lang", "en", EXAMPLE.toString());
        assertTrue(english.out.toString().contains(": warning KR-"), "the one after the command's name wins: " + english.out);
    }

    @Test
    void theLanguageServerTakesTheLanguageOptionToo() {
        assertEquals("nl", LanguageOption.of("lsp", "--lang", "nl").getLanguage());
        assertEquals("nl", LanguageOption.of("--lang=nl", "lsp").getLanguage());
        assertEquals("en", LanguageOption.of("check", "--", "--lang=nl").getLanguage(), "after -- a name is a file's");
    }

    @Test
    void theHelpSpeaksTheLanguageAskedForBeforeOrAfterTheCommand() {
        for (String[] args : new String[][] { { "--lang", "nl", "check", "--help" }, { "check", "--help", "--lang=nl" } }) {
            CommandRunner klantreis = new CommandRunner();
            assertEquals(0, klantreis.run(args));
            String help = klantreis.out.toString();
            assertTrue(help.startsWith("Gebruik: klantreis check"), help);
            assertTrue(help.contains("Controleert klantreisbestanden") && help.contains("Toon deze hulp en stop."), help);
            assertFalse(help.contains("Checks klantreis files"), "one language, not both: " + help);
        }
        CommandRunner english = new CommandRunner();
        assertEquals(0, english.run("--lang", "en", "--help"));
        assertTrue(english.out.toString().contains("Checks klantreis files") && english.out.toString().contains("Commands:"),
                english.out.toString());
    }

    @Test
    void picocliSOwnMistakesAreToldInDutch() {
        CommandRunner missing = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, missing.run("--lang", "nl", "check"));
        assertTrue(missing.err.toString().startsWith("klantreis: ontbreekt: PATH."), missing.err.toString());
        assertTrue(missing.err.toString().contains("Gebruik: klantreis check"), missing.err.toString());

        CommandRunner unknown = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, unknown.run("--lang", "nl", "check", "--fail", "x.klantreis"));
        assertTrue(unknown.err.toString().startsWith("klantreis: onbekende optie: --fail."), unknown.err.toString());

        CommandRunner misspelt = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, misspelt.run("--lang", "nl", "chek", "x.klantreis"));
        assertTrue(misspelt.err.toString().contains("Bedoelde u: check, help?"), misspelt.err.toString());

        CommandRunner helpOfNothing = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, helpOfNothing.run("--lang", "nl", "help", "controleer"));
        assertTrue(helpOfNothing.err.toString().startsWith("klantreis: niet begrepen: controleer."), helpOfNothing.err.toString());

        CommandRunner level = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, level.run("--lang", "nl", "check", "--fail-on", "ernstig", "x.klantreis"));
        assertTrue(level.err.toString().startsWith("klantreis: 'ernstig' is geen waarde voor --fail-on: kies uit info, warning, error."),
                level.err.toString());

        CommandRunner noOutput = new CommandRunner();
        assertEquals(ExitCodes.BAD_INPUT, noOutput.run("--lang", "nl", "report", EXAMPLE.toString()));
        assertEquals("klantreis: noem het bestand om te schrijven met -o, bijvoorbeeld -o rapport.html.", noOutput.err.toString().strip());
    }

    @Test
    void theRulesReferenceNamesWhatEachArgumentIs() throws IOException {
        for (String file : new String[] { "regels.md", "rules.md" }) {
            String reference = Files.readString(ModelOutsideOsgiTest.ROOT.resolve("docs").resolve(file));
            assertFalse(reference.contains("*1*") || reference.contains("*2*"), file);
        }
        String dutch = Files.readString(ModelOutsideOsgiTest.ROOT.resolve("docs/regels.md"));
        assertTrue(dutch.contains("- Ernst: waarschuwing") && dutch.contains("- Controleert: contactmoment."), dutch.substring(0, 2000));
    }
}
