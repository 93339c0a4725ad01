package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two versions of a long standard, the second revised the way a working group revises one: a tenth of its clauses
 * touched, some reworded, some added or removed, and a few sections with a clause inserted in the middle so that every
 * clause after it is renumbered. For measuring how long a comparison takes, and for checking it on a draft of real size.
 * The same arguments always build the same drafts.
 *
 * @param older      the first version
 * @param newer      the revised version
 * @param reworded   clauses keeping their number with a word of their text (and for some, their heading) changed
 * @param added      clauses only in the newer version, the inserted ones included
 * @param removed    clauses only in the older version
 * @param renumbered clauses that kept their words but got a new number
 */
public record LargeDrafts(DraftText older, DraftText newer, int reworded, int added, int removed, int renumbered) {

    private static final String[] SUBJECTS = {"หน่วยงานของรัฐ", "ผู้ให้บริการ", "ผู้ใช้บริการ", "เจ้าหน้าที่ผู้ได้รับมอบหมาย",
            "ผู้ตรวจประเมิน", "ผู้ควบคุมข้อมูลส่วนบุคคล"};
    private static final String[] DUTIES = {"จัดเก็บข้อมูลการพิสูจน์และยืนยันตัวตนไว้อย่างน้อยหนึ่งปี",
            "ใช้สิ่งที่ใช้ยืนยันตัวตนที่มีระดับความเชื่อมั่นไม่ต่ำกว่าระดับ IAL2 ตาม NIST SP 800-63",
            "แจ้งเหตุการณ์ที่ทำให้ข้อมูลรั่วไหลต่อสำนักงานพัฒนารัฐบาลดิจิทัล",
            "ทบทวนนโยบายการรักษาความมั่นคงปลอดภัยของระบบสารสนเทศ", "เข้ารหัสข้อมูลระหว่างการรับส่งด้วย TLS 1.2 ขึ้นไป",
            "บันทึกประวัติการเข้าถึงระบบและเก็บรักษาไว้ในที่ปลอดภัย", "จัดให้มีช่องทางให้ผู้ใช้บริการแจ้งปัญหาและติดตามผล"};
    private static final String[] CONDITIONS = {"เมื่อให้บริการที่มีความเสี่ยงสูง", "ก่อนเปิดให้บริการดิจิทัลแก่ประชาชน",
            "ตามที่คณะกรรมการกำหนด", "โดยคำนึงถึงการคุ้มครองข้อมูลส่วนบุคคล", "ทุกครั้งที่มีการเปลี่ยนแปลงระบบ"};
    private static final String[] HEADINGS = {"ขอบข่าย", "นิยาม", "ระดับความเชื่อมั่น", "การพิสูจน์ตัวตน", "การยืนยันตัวตน",
            "การจัดเก็บข้อมูล", "การรักษาความมั่นคงปลอดภัย", "การตรวจประเมิน", "การแจ้งเหตุ", "การทบทวน"};

    /** Fifteen hundred clauses: a hundred sections of a heading clause and fourteen sub-clauses. */
    public static LargeDrafts standard() {
        return of(100, 14);
    }

    /**
     * @param sections         how many top-level clauses, {@code "1"} to {@code "<sections>"}
     * @param clausesInSection how many sub-clauses each has, {@code "n.1"} onwards; at least four
     */
    public static LargeDrafts of(int sections, int clausesInSection) {
        Random random = new Random(80063);
        List<Clause> older = new ArrayList<>();
        List<Clause> newer = new ArrayList<>();
        int reworded = 0;
        int added = 0;
        int removed = 0;
        int renumbered = 0;
        for (int s = 1; s <= sections; s++) {
            Clause heading = new Clause(String.valueOf(s), HEADINGS[s % HEADINGS.length] + "ส่วนที่ " + s, "", 0);
            older.add(heading);
            newer.add(heading);
            List<Clause> subs = new ArrayList<>();
            for (int c = 1; c <= clausesInSection; c++) {
                subs.add(new Clause(s + "." + c, c % 4 == 0 ? HEADINGS[c % HEADINGS.length] : "", text(random, s, c), 0));
            }
            older.addAll(subs);
            if (s % 30 == 7) {
                // a clause inserted at n.3: n.3 onwards move down by one
                newer.addAll(subs.subList(0, 2));
                newer.add(new Clause(s + ".3", "การพิสูจน์ตัวตนแบบหลายปัจจัย", text(random, s, 0), 0));
                added++;
                for (Clause moved : subs.subList(2, subs.size())) {
                    newer.add(new Clause(s + "." + (number(moved) + 1), moved.heading(), moved.text(), 0));
                    renumbered++;
                }
                continue;
            }
            for (Clause sub : subs) {
                int c = number(sub);
                if (s % 10 == 3 && c == clausesInSection) {
                    removed++;
                } else if ((s * clausesInSection + c) % 13 == 0) {
                    String revised = sub.text().replaceFirst("ต้อง", c % 2 == 0 ? "ควร" : "ต้องไม่ละเลยที่จะ");
                    String heading2 = c % 4 == 0 ? sub.heading() + "และการทบทวน" : sub.heading();
                    newer.add(new Clause(sub.number(), heading2, revised, 0));
                    reworded++;
                } else {
                    newer.add(sub);
                }
            }
            if (s % 10 == 5) {
                newer.add(new Clause(s + "." + (clausesInSection + 1), "การแจ้งเหตุ", text(random, s, clausesInSection + 1), 0));
                added++;
            }
        }
        return new LargeDrafts(draft("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการพิสูจน์และยืนยันตัวตนทางดิจิทัล\nฉบับร่าง 1", older),
                draft("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการพิสูจน์และยืนยันตัวตนทางดิจิทัล\nฉบับร่าง 2", newer),
                reworded, added, removed, renumbered);
    }

    /** Two to four sentences, each unlike any other clause's because it names its own clause and a number of days. */
    private static String text(Random random, int section, int clause) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("ต้อง")
                    .append(DUTIES[random.nextInt(DUTIES.length)])
                    .append(CONDITIONS[random.nextInt(CONDITIONS.length)])
                    .append(" ภายใน ").append(1 + random.nextInt(90)).append(" วัน");
            text.append(i < sentences - 1 ? (random.nextBoolean() ? " " : "\n") : "");
        }
        return text.append(" (ดูข้อ ").append(section).append('.').append(clause).append(')').toString();
    }

    private static int number(Clause sub) {
        return Integer.parseInt(sub.number().substring(sub.number().indexOf('.') + 1));
    }

    private static DraftText draft(String preamble, List<Clause> clauses) {
        List<Clause> ordered = new ArrayList<>();
        for (Clause clause : clauses) {
            ordered.add(new Clause(clause.number(), clause.heading(), clause.text(), ordered.size() + 1));
        }
        return new DraftText(preamble, ordered);
    }
}
