/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class KlantreisIdeModule extends AbstractKlantreisIdeModule {
}
