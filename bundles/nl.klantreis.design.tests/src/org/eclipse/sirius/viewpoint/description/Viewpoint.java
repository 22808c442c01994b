package org.eclipse.sirius.viewpoint.description;

/**
 * Test double of Sirius's Viewpoint (an EMF interface in org.eclipse.sirius), only its
 * name and package matter: the design bundle reaches it by reflection.
 */
public interface Viewpoint {
}
