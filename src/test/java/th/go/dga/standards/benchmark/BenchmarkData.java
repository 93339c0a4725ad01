package th.go.dga.standards.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.dga.standards.time.BuddhistEra;

/** What the benchmarks need in the server's database, put straight into it: they measure pages and comments, not the processes. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static JdbcClient jdbc(ServerProcess server) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(server.jdbcUrl);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return JdbcClient.create(dataSource);
    }

    /** A project with an open hearing, its meeting ten days ahead. */
    static long openHearing(JdbcClient jdbc) {
        LocalDate today = LocalDate.now(BuddhistEra.BANGKOK);
        OffsetDateTime now = OffsetDateTime.now(BuddhistEra.BANGKOK);
        jdbc.sql("""
                insert into standard (id, kind, standard_number, title_th, status, created_at, updated_at)
                values ('STD-90001', 'MSPR', 901, 'ร่างมาตรฐานสำหรับทดสอบภาระงาน', 'HEARING_OPEN', :now, :now)""").param("now", now).update();
        jdbc.sql("""
                insert into hearing (standard_id, round, comment_period_start, comment_period_end, meeting_start, meeting_end, meeting_link,
                    registration_link, background, status, scheduled_by, scheduled_at)
                values ('STD-90001', 1, :start, :end, :meetingStart, :meetingEnd, 'https://teams.example.org/x', 'https://forms.example.org/y',
                    :background, 'OPEN', 'benchmark', :now)""")
                .param("start", today.minusDays(1)).param("end", today.plusDays(30))
                .param("meetingStart", now.plusDays(10)).param("meetingEnd", now.plusDays(10).plusHours(2))
                .param("background", "ความเป็นมาและวัตถุประสงค์ของร่างมาตรฐาน ดูรายละเอียดที่ https://www.dga.or.th/\n\nขอเชิญร่วมแสดงความคิดเห็น")
                .param("now", now).update();
        return jdbc.sql("select id from hearing where standard_id = 'STD-90001'").query(Long.class).single();
    }
}
