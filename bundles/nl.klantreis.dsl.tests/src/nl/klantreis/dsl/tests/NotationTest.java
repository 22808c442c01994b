/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;

/** Parsing, linking across files, and clear errors. */
class NotationTest {

    private final KlantreisText text = new KlantreisText();

    @Test
    void exampleTextIsTheSameModelAsTheExampleXmi() throws IOException {
        Resource parsed = text.load(KlantreisText.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis"));
        assertEquals(List.of(), parsed.getErrors());
        Resource xmi = KlantreisResources.load(KlantreisResources.newResourceSet(),
                KlantreisText.ROOT.resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi"));
        assertTrue(EcoreUtil.equals(xmi.getContents().get(0), parsed.getContents().get(0)),
                "the text and XMI examples describe one model");
    }

    /** A round trip writes strings as a person types them: an apostrophe stays, a quote is escaped. */
    @Test
    void stringsAreWrittenWithoutNeedlessEscapes() {
        Resource resource = text.parse("gezin.klantreis", """
                model m {
                  persona p "Amina's gezin" { description "Zegt \\"ja\\" en ziet: C:\\\\map" }
                }
                """);
        assertEquals(List.of(), resource.getErrors());
        String written = KlantreisText.serialize(resource.getContents().get(0));
        assertTrue(written.contains("\"Amina's gezin\""), written);
        assertTrue(written.contains("\"Zegt \\\"ja\\\" en ziet: C:\\\\map\""), written);
        Resource again = text.parse("opnieuw.klantreis", written);
        assertTrue(EcoreUtil.equals(resource.getContents().get(0), again.getContents().get(0)), written);
    }

    @Test
    void catalogueInItsOwnFileIsReferencedByQualifiedName() {
        text.parse("ketenpartners.klantreis", """
                model keten {
                  organisation ggd "GGD" { kind PUBLIC_HEALTH caseload 5 }
                  persona amina { dutch A2 }
                }
                """);
        Resource journeys = text.parse("reis.klantreis", """
                model reizen {
                  journey zorg for keten.amina {
                    triggered by ILLNESS
                    phase fase {
                      touchpoint spreekuur at keten.ggd { purpose INTAKE }
                    }
                  }
                }
                """);
        EcoreUtil.resolveAll(text.resourceSet);
        assertEquals(List.of(), journeys.getErrors());
        Touchpoint spreekuur = ((JourneyModel) journeys.getContents().get(0)).getJourneys().get(0).getPhases().get(0)
                .getTouchpoints().get(0);
        assertEquals("GGD", spreekuur.getOrganisation().getName());
        assertEquals("amina", spreekuur.eContainer().eContainer() instanceof nl.klantreis.model.Journey journey
                ? journey.getPersona().getId()
                : null);
    }

    @Test
    void namesAreSeenWithinTheirJourneyAndModelAndQualifiedBeyond() {
        Resource resource = text.parse("zicht.klantreis", """
                model m {
                  organisation balie { caseload 1 }
                  persona p { dutch A1 }
                  journey eerst for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint loket at balie { }
                      touchpoint gesprek at m.balie { }
                    }
                    handover loket -> gesprek WARM
                  }
                  journey later for m.p {
                    triggered by MOVING
                    phase f2 {
                      touchpoint loket2 at balie { }
                    }
                    pain point wachten { concerns eerst.loket, m.eerst.gesprek, loket2 }
                  }
                }
                """);
        EcoreUtil.resolveAll(resource);
        assertEquals(List.of(), resource.getErrors());
        JourneyModel model = (JourneyModel) resource.getContents().get(0);
        Touchpoint gesprek = model.getJourneys().get(0).getPhases().get(0).getTouchpoints().get(1);
        assertEquals("balie", gesprek.getOrganisation().getId());
        assertEquals(gesprek, model.getJourneys().get(0).getHandovers().get(0).getTarget());
        assertEquals(List.of("loket", "gesprek", "loket2"), model.getJourneys().get(1).getPainPoints().get(0)
                .getTouchpoints().stream().map(Touchpoint::getId).toList());
    }

    @Test
    void touchpointOfAnotherJourneyNeedsItsJourneyName() {
        Resource resource = text.parse("ander.klantreis", """
                model m {
                  organisation balie { caseload 1 }
                  persona p { dutch A1 }
                  journey eerst for p {
                    triggered by ARRIVAL
                    phase f { touchpoint loket at balie { } }
                  }
                  journey later for p {
                    triggered by MOVING
                    pain point wachten { concerns loket }
                  }
                }
                """);
        EcoreUtil.resolveAll(resource);
        assertEquals(1, resource.getErrors().size(), resource.getErrors().toString());
        assertTrue(resource.getErrors().get(0).getMessage().contains("loket"), resource.getErrors().get(0).getMessage());
        assertEquals(10, resource.getErrors().get(0).getLine());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        Resource resource = text.parse("kapot.klantreis", "model m {\n  organisation o {\n    kind NOT_A_KIND\n  }\n}\n");
        List<Issue> issues = KlantreisText.validate(resource);
        Issue syntax = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
        assertEquals(3, syntax.getLineNumber());
        assertEquals(10, syntax.getColumn());
    }

    @Test
    void danglingReferenceIsAnErrorAtItsPlace() {
        Resource resource = text.parse("los.klantreis", """
                model m {
                  journey j for niemand {
                    triggered by ARRIVAL
                  }
                }
                """);
        Issue linking = KlantreisText.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .findFirst().orElseThrow();
        assertEquals(2, linking.getLineNumber());
        assertTrue(linking.getMessage().contains("niemand"), linking.getMessage());
    }

    @Test
    void duplicateIdsAreReported() {
        Resource resource = text.parse("dubbel.klantreis", """
                model m {
                  organisation a { caseload 1 }
                  organisation a { caseload 2 }
                }
                """);
        assertTrue(KlantreisText.validate(resource).stream()
                .anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getMessage().contains("a")),
                KlantreisText.validate(resource).toString());
    }

    @Test
    void rulesFindingsAreIssuesWithTheRuleIdAsCode() {
        Resource resource = text.parse("tolk.klantreis", """
                model m {
                  organisation balie { kind CUSTOMER_CONTACT_CENTRE trained staff interpreter budget caseload 3 }
                  persona p { dutch A1 }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f {
                      touchpoint loket at balie {
                        channel COUNTER
                        initiated by ORGANISATION
                        purpose INTAKE
                        duration 60 minutes
                        interpreter NONE
                      }
                    }
                  }
                }
                """);
        Issue interpreter = KlantreisText.validate(resource).stream()
                .filter(i -> "KR-INTERPRETER-01".equals(i.getCode())).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, interpreter.getSeverity());
        assertEquals(12, interpreter.getLineNumber(), "at the recorded value: interpreter NONE");
        assertEquals("interpreter", interpreter.getData()[1]);
        assertEquals("PROFESSIONAL", interpreter.getData()[2]);
    }
}
