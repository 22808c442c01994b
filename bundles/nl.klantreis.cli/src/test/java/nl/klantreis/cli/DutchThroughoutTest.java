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
        assertEquals(KlantreisCommand.FINDINGS, klantreis.run("check", "--lang", "nl", journey.toString()));
        assertTrue(klantreis.out.toString().contains(journey + ":9:17: fout KR-MODEL: Contactmoment ‘Loket’: emotie 7 ligt buiten het toegestane bereik -2 .. 2."),
                klantreis.out.toString());
    }

    /** --lang may stand before the command's name, as --plugins may; severities are not case-sensitive. */
    @Test
    void theLanguageMayBeAskedBeforeTheCommandAndSeveritiesInAnyCase() {
        assertEquals(KlantreisCommand.FINDINGS, klantreis.run("--lang", "nl", "check", "--fail-on", "WARNING", EXAMPLE.toString()),
                klantreis.err.toString());
        assertTrue(klantreis.out.toString().contains(": waarschuwing KR-"), klantreis.out.toString());
        CommandRunner english = new CommandRunner();
        english.run("--lang", "nl", "check", "--lang", "en", EXAMPLE.toString());
        assertTrue(english.out.toString().contains(": warning KR-"), "the one after the command's name wins: " + english.out);
    }

    @Test
    void theLanguageServerTakesTheLanguageOptionToo() {
        assertEquals("nl", KlantreisCommand.commandLine().parseArgs("lsp", "--lang", "nl").subcommand().matchedOption("--lang")
                .getValue().toString());
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
