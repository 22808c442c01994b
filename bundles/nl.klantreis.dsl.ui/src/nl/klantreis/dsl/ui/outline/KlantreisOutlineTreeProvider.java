/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui.outline;

import org.eclipse.xtext.ui.editor.outline.impl.DefaultOutlineTreeProvider;

/** The outline: the model's containment tree, labelled by KlantreisLabelProvider. */
public class KlantreisOutlineTreeProvider extends DefaultOutlineTreeProvider {
}
