/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static nl.klantreis.design.tests.JourneyMapTest.ends;
import static nl.klantreis.design.tests.JourneyMapTest.rgb;
import static nl.klantreis.design.tests.JourneyMapTest.targets;
import static nl.klantreis.design.tests.JourneyMapTest.views;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.LineStyle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.Organisation;
import nl.klantreis.presentation.HandoverStyle;
import nl.klantreis.presentation.Rgb;

/** The chain map of every example as Sirius computes it: organisations, key persons, referrals, supervision. */
class ChainMapTest {

    @TempDir
    Path folder;

    /** How many handovers a referral's label counts: "Warm" is one, "2 × Warm · Koud" three. */
    private static int count(String label) {
        int count = 0;
        for (String part : label.split(" \u00b7 ")) {
            count += part.contains(" \u00d7 ") ? Integer.parseInt(part.substring(0, part.indexOf(' '))) : 1;
        }
        return count;
    }

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void theChainMapShowsOrganisationsAndTheirReferrals(Path example) throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            DDiagram chain = sirius.create(MappingNames.CHAIN_MAP, sirius.model);
            String where = example.getFileName() + ": ";
            assertEquals(new HashSet<>(sirius.model.getOrganisations()), targets(views(chain, DNode.class, MappingNames.ORGANISATION)),
                    where + "one node per organisation");
            assertEquals(new HashSet<>(sirius.model.getKeyPersons()), targets(views(chain, DNode.class, MappingNames.KEY_PERSON)),
                    where + "one node per key person");

            Map<List<Organisation>, List<Handover>> referrals = new LinkedHashMap<>();
            for (Journey journey : sirius.model.getJourneys()) {
                for (Handover handover : journey.getHandovers()) {
                    if (handover.getSource().getOrganisation() != handover.getTarget().getOrganisation()) {
                        referrals.computeIfAbsent(List.of(handover.getSource().getOrganisation(),
                                handover.getTarget().getOrganisation()), pair -> new ArrayList<>()).add(handover);
                    }
                }
            }
            List<DEdge> edges = views(chain, DEdge.class, MappingNames.REFERRAL);
            assertEquals(referrals.keySet(), ends(edges), where + "one arrow per pair of organisations that hand over");
            assertEquals(referrals.size(), edges.size(), where + "no pair drawn twice");
            for (DEdge edge : edges) {
                Handover handover = (Handover) edge.getTarget();
                List<Handover> handovers = referrals.get(List.of(handover.getSource().getOrganisation(),
                        handover.getTarget().getOrganisation()));
                // the weakest link: cold if any is cold; not recorded (grey, dotted) if none has a recorded kind
                boolean cold = handovers.stream().anyMatch(each -> each.isSetKind() && each.getKind() == HandoverKind.COLD);
                boolean unrecorded = handovers.stream().noneMatch(Handover::isSetKind);
                assertEquals(cold ? LineStyle.DASH_LITERAL : unrecorded ? LineStyle.DOT_LITERAL : LineStyle.SOLID_LITERAL,
                        edge.getOwnedStyle().getLineStyle());
                Rgb colour = (cold ? HandoverStyle.COLD : unrecorded ? HandoverStyle.NOT_RECORDED : HandoverStyle.WARM).colour();
                assertEquals(List.of(colour.red(), colour.green(), colour.blue()), rgb(edge.getOwnedStyle().getStrokeColor()),
                        where + "in the report's colours");
                assertEquals(handovers.size(), count(edge.getName()), where + "the label counts the handovers: " + edge.getName());
            }

            Set<List<EObject>> supervision = new HashSet<>();
            for (KeyPerson keyPerson : sirius.model.getKeyPersons()) {
                if (keyPerson.getSupervisor() != null) {
                    supervision.add(List.of(keyPerson, keyPerson.getSupervisor()));
                }
            }
            assertEquals(supervision, ends(views(chain, DEdge.class, MappingNames.SUPERVISION)), where + "supervision");
        }
    }
}
