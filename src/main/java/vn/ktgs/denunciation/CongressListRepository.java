package vn.ktgs.denunciation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CongressListRepository extends JpaRepository<CongressList, Long> {

    /** Lists of congresses not yet opened that name this member. */
    @Query("select l from CongressList l join l.memberIds m where m = ?1 and l.opensOn > ?2 order by l.opensOn")
    List<CongressList> upcomingNaming(long memberId, LocalDate today);

    List<CongressList> findByCommitteeOrgIdOrderByOpensOnDesc(long committeeOrgId);
}
