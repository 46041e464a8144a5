package vn.ktgs.tasklist;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    /** The user's own filters and those shared with any of the committees given, by name. */
    @Query("select f from SavedFilter f where f.owner = ?1 or f.committeeOrgId in ?2 order by f.name, f.id")
    List<SavedFilter> visibleTo(String owner, Collection<Long> committees);
}
