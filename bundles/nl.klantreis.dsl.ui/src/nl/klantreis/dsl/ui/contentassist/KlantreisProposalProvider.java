/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui.contentassist;

/** Completion in the editor: the notation's keywords, values and the ids of elements to refer to. */
public class KlantreisProposalProvider extends AbstractKlantreisProposalProvider {
}
