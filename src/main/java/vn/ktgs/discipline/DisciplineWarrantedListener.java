package vn.ktgs.discipline;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A denunciation or asset verification concluded that discipline is warranted: the review opens in the same
 * transaction as the conclusion (published inside it), so either both are saved or neither.
 */
@Component
class DisciplineWarrantedListener {

    private final DisciplineReviews reviews;

    DisciplineWarrantedListener(DisciplineReviews reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(DisciplineWarranted warranted) {
        reviews.openFromConclusion(warranted);
    }
}
