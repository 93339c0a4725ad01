package th.go.dga.standards.demo;

import java.util.List;

/**
 * The demo users and groups. Names are made up; every user's password is the demo password from the settings.
 */
final class DemoUsers {

    record Group(String id, String name, String type) {
    }

    record User(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("secretariat", "ฝ่ายมาตรฐานดิจิทัลภาครัฐ (ฝ่ายเลขานุการ)", "WORKFLOW"),
            new Group("wg-process", "คณะทำงานด้านมาตรฐานกระบวนการและการดำเนินงานทางดิจิทัลภาครัฐ", "WORKFLOW"),
            new Group("wg-security", "คณะทำงานด้านมาตรฐานความมั่นคงปลอดภัยภาครัฐ", "WORKFLOW"),
            new Group("wg-data", "คณะทำงานด้านมาตรฐานข้อมูลภาครัฐ", "WORKFLOW"),
            new Group("twg-process", "คณะทำงานเทคนิคด้านมาตรฐานกระบวนการและการดำเนินงานทางดิจิทัลภาครัฐ", "WORKFLOW"),
            new Group("twg-security", "คณะทำงานเทคนิคด้านมาตรฐานความมั่นคงปลอดภัยภาครัฐ", "WORKFLOW"),
            new Group("twg-data", "คณะทำงานเทคนิคด้านมาตรฐานข้อมูลภาครัฐ", "WORKFLOW"),
            new Group("drafting-committee", "คณะกรรมการจัดทำร่างมาตรฐาน ข้อกำหนด และหลักเกณฑ์", "WORKFLOW"),
            new Group("director", "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล", "WORKFLOW"),
            new Group("dgdc", "คณะกรรมการพัฒนารัฐบาลดิจิทัล", "WORKFLOW"),
            new Group("dgdc-chair", "ประธานกรรมการพัฒนารัฐบาลดิจิทัล", "WORKFLOW"),
            new Group("admin", "ผู้ดูแลระบบ", "SYSTEM"));

    static final List<User> USERS = List.of(
            new User("somsri", "สมศรี", "ใจดี", List.of("secretariat")),
            new User("wichai", "วิชัย", "มั่นคง", List.of("secretariat")),
            new User("anan", "อนันต์", "ศรีสุข", List.of("wg-process")),
            new User("pranee", "ปราณี", "แก้วมณี", List.of("wg-process")),
            new User("kittipong", "กิตติพงษ์", "วงศ์ใหญ่", List.of("wg-security")),
            new User("nattaya", "ณัฐญา", "บุญมา", List.of("wg-data")),
            new User("chaiwat", "ชัยวัฒน์", "ทองดี", List.of("twg-process")),
            new User("malee", "มาลี", "สุขใจ", List.of("twg-process")),
            new User("suda", "สุดา", "พรหมมา", List.of("twg-process")),
            new User("narong", "ณรงค์", "รักไทย", List.of("twg-security")),
            new User("siriporn", "ศิริพร", "ใจงาม", List.of("twg-security")),
            new User("thanakorn", "ธนกร", "สายทอง", List.of("twg-security")),
            new User("pimchanok", "พิมพ์ชนก", "ดวงดี", List.of("twg-data")),
            new User("worawit", "วรวิทย์", "ชื่นชม", List.of("twg-data")),
            new User("jintana", "จินตนา", "ศักดิ์ดี", List.of("twg-data")),
            new User("prasert", "ประเสริฐ", "วัฒนา", List.of("drafting-committee")),
            new User("wanida", "วนิดา", "สมบูรณ์", List.of("drafting-committee")),
            new User("somchai", "สมชาย", "เจริญผล", List.of("drafting-committee")),
            new User("ratana", "รัตนา", "ปัญญาดี", List.of("drafting-committee")),
            new User("pongsakorn", "พงศกร", "อินทร์แก้ว", List.of("drafting-committee")),
            new User("supachai", "ศุภชัย", "ธนากร", List.of("director")),
            new User("kanya", "กัญญา", "ศรีวงศ์", List.of("dgdc")),
            new User("boonmee", "บุญมี", "รุ่งเรือง", List.of("dgdc")),
            new User("jirapa", "จิราภา", "เพชรงาม", List.of("dgdc")),
            new User("sakda", "ศักดา", "ทองคำ", List.of("dgdc")),
            new User("thawatchai", "ธวัชชัย", "ประเสริฐสุข", List.of("dgdc", "dgdc-chair")));

    private DemoUsers() {
    }
}
