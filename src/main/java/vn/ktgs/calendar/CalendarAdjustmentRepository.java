package vn.ktgs.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarAdjustmentRepository extends JpaRepository<CalendarAdjustment, Long> {

    Optional<CalendarAdjustment> findByDay(LocalDate day);

    List<CalendarAdjustment> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
