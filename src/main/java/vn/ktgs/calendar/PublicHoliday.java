package vn.ktgs.calendar;

import jakarta.persistence.*;

/** A fixed-date public holiday (lunar holidays and yearly adjustments come with the full calendar). */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "month_no")
    private int month;
    @Column(name = "day_no")
    private int day;
    private String name;

    protected PublicHoliday() {
    }

    public int getMonth() { return month; }
    public int getDay() { return day; }
    public String getName() { return name; }
}
