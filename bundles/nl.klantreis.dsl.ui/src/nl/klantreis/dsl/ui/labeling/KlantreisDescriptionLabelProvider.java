/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui.labeling;

import org.eclipse.xtext.ui.label.DefaultDescriptionLabelProvider;

/** Labels of elements found in the index (Open Model Element, references): their id, as references write it. */
public class KlantreisDescriptionLabelProvider extends DefaultDescriptionLabelProvider {
}
