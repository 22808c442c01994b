/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.sirius.table.metamodel.table.DCell;
import org.eclipse.sirius.table.metamodel.table.DColumn;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.rules.Labels;

/**
 * The touchpoint table of every journey as Sirius computes it, in Dutch and in English: a line
 * per touchpoint in written order, headed by its phase, nine columns with translated headers (the
 * name first), and cells that show what a person reads (Huisbezoek, ja, +1), never a literal such
 * as HOME_VISIT.
 */
class TouchpointTableTest {

    private static final List<String> COLUMNS = MappingNames.TOUCHPOINT_COLUMNS;
    private static final Locale PLATFORM = Locale.getDefault();

    @TempDir
    Path folder;

    static List<Arguments> examplesInBothLanguages() throws Exception {
        List<Arguments> arguments = new ArrayList<>();
        for (Path example : ExampleModels.all()) {
            arguments.add(Arguments.of(example, "nl"));
            arguments.add(Arguments.of(example, "en"));
        }
        return arguments;
    }

    @AfterEach
    void platformLanguage() {
        Locale.setDefault(PLATFORM);
    }

    @ParameterizedTest
    @MethodSource("examplesInBothLanguages")
    void aLinePerTouchpointWithReadableCells(Path example, String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Locale.setDefault(locale); // Sirius labels follow the platform's language, as Eclipse's -nl sets it
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            for (Journey journey : sirius.model.getJourneys()) {
                DTable table = sirius.create(MappingNames.TOUCHPOINT_TABLE, journey);
                String where = example.getFileName() + " " + journey.getId() + " (" + language + "): ";
                List<EObject> touchpoints = new ArrayList<>();
                for (Phase phase : journey.getPhases()) {
                    touchpoints.addAll(phase.getTouchpoints());
                }
                assertEquals(touchpoints, table.getLines().stream().map(DLine::getTarget).toList(), where + "lines in written order");
                assertEquals(COLUMNS.stream().map(feature -> JourneyLabels.featureLabel(KlantreisPackage.Literals.TOUCHPOINT, feature, locale)).toList(),
                        table.getColumns().stream().map(DColumn::getLabel).toList(), where + "column headers");
                for (DLine line : table.getLines()) {
                    Touchpoint touchpoint = (Touchpoint) line.getTarget();
                    assertEquals(Labels.of(touchpoint.eContainer()), line.getLabel(), where + "headed by its phase");
                    List<String> expected = new ArrayList<>(COLUMNS.stream().map(feature -> JourneyLabels.value(touchpoint, feature, locale)).toList());
                    List<String> cells = cells(table, line);
                    for (int column = 0; column < COLUMNS.size(); column++) {
                        EStructuralFeature feature = KlantreisPackage.Literals.TOUCHPOINT.getEStructuralFeature(COLUMNS.get(column));
                        if (feature.isUnsettable() && !touchpoint.eIsSet(feature)) {
                            // a value nobody recorded is said to be so, never shown as a default
                            assertEquals(JourneyLabels.notRecorded(locale), cells.get(column), where + touchpoint.getId() + " " + feature.getName());
                            expected.set(column, cells.get(column));
                        }
                    }
                    assertEquals(expected, cells, where + touchpoint.getId());
                }
            }
        }
    }

    /** The labels of a line's cells, column by column (Sirius leaves out the cells of unset values). */
    static List<String> cells(DTable table, DLine line) {
        List<String> labels = new ArrayList<>();
        for (DColumn column : table.getColumns()) {
            labels.add(line.getCells().stream().filter(cell -> cell.getColumn() == column).map(DCell::getLabel)
                    .findFirst().orElse(""));
        }
        return labels;
    }
}
