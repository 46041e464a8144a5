package vn.ktgs.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubstituteRepository extends JpaRepository<Substitute, Long> {

    /** The users this person stands in for on the day. */
    @Query("select s.username from Substitute s where s.substitute = ?1 and s.startsOn <= ?2 and s.endsOn >= ?2")
    List<String> absentFor(String substitute, LocalDate day);

    List<Substitute> findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(String username, LocalDate day);
}
