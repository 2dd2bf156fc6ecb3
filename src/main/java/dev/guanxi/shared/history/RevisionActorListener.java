package dev.guanxi.shared.history;

import dev.guanxi.shared.security.CurrentActor;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user; background jobs leave it empty ("system"). */
public class RevisionActorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        CurrentActor.get().ifPresent(actor -> revision.setActor(actor.id(), actor.displayName()));
    }
}
