/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.transaction.NotificationFilter;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.SessionListener;
import org.eclipse.sirius.business.api.session.SessionManagerListener;

/**
 * Gives every Sirius session its {@link JourneyMapFollower}, from the moment it is opened (so
 * that a map is laid out as Sirius makes it) until it is closed.
 */
public class JourneyMapSessions extends SessionManagerListener.Stub {

    private final Map<Session, JourneyMapFollower> followers = new WeakHashMap<>();

    @Override
    public void notifyAddSession(Session session) {
        follow(session);
    }

    @Override
    public void notify(Session session, int notification) {
        if (notification == SessionListener.OPENED) {
            follow(session);
        } else if (notification == SessionListener.CLOSING) {
            JourneyMapFollower follower = followers.remove(session);
            if (follower != null && session.getEventBroker() != null) {
                session.getEventBroker().removeLocalTrigger(follower);
            }
        }
    }

    @Override
    public void notifyRemoveSession(Session session) {
        followers.remove(session);
    }

    private synchronized void follow(Session session) {
        if (!followers.containsKey(session) && session.getEventBroker() != null) {
            JourneyMapFollower follower = new JourneyMapFollower(session);
            session.getEventBroker().addLocalTrigger(NotificationFilter.NOT_TOUCH, follower);
            followers.put(session, follower);
        }
    }
}
