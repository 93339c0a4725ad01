package th.go.dga.standards.workspace;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.voting.BallotHistory;
import th.go.dga.standards.voting.VoteDecision;
import th.go.dga.standards.voting.VoteRound;
import th.go.dga.standards.voting.VotingBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A standard's vote rounds: the tally of a closed round with every member's vote and reason, an open round that says
 * who has voted and never what, and who may read them.
 */
class VoteRoundsPagesTests extends ApiTestSupport {

    private static final String REASON = "ข้อ 5.2 ยังไม่สอดคล้องกับ มสพร. 6-1 : 2566";

    @Autowired BallotHistory history;
    @Autowired SpringTemplateEngine templates;
    @Autowired ApplicationContext context;

    /** The technical working group (chaiwat, malee, suda) splits: one approves, one rejects with a reason, one abstains. */
    private String rejectedByTheTechnicalWorkingGroup() {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        steps().vote(project, "chaiwat", "APPROVE", null);
        steps().vote(project, "malee", "REJECT", REASON);
        steps().vote(project, "suda", "ABSTAIN", null);
        return project;
    }

    private String page(String project, String user) throws Exception {
        return mvc.perform(get("/work/standards/{id}/votes", project).with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The part of the page about one round: from its heading to the next round's. */
    private static String round(String page, VoteRound round) {
        String start = "id=\"round-" + round.ballotId() + "\"";
        assertThat(page).contains(start);
        String rest = page.substring(page.indexOf(start));
        int next = rest.indexOf("class=\"vote-round\"", start.length());
        return next < 0 ? rest : rest.substring(0, next);
    }

    @Test
    void aClosedRoundShowsWhoVotedWhatWithTheirReasonsTheQuorumTheRuleAndTheOutcomeInWords() throws Exception {
        String project = rejectedByTheTechnicalWorkingGroup();

        String page = page(project, "somsri");

        assertThat(page).contains("ผลการลงมติ").contains(registry.get(project).displayCode())
                .contains("คณะทำงานเทคนิค").contains("ปิดการลงมติแล้ว")
                .contains("เห็นชอบ 1 จาก 3 คน ครบองค์ประชุม (กึ่งหนึ่ง 2 คน) — มติไม่เห็นชอบ")
                .contains("เห็นชอบ 1 · ไม่เห็นชอบ 1 · งดออกเสียง 1 · ไม่ได้ลงมติ 0")
                .contains("องค์ประชุม: ผู้ร่วมลงมติ (รวมงดออกเสียง) ไม่น้อยกว่ากึ่งหนึ่งของสมาชิก")
                .contains("เสียงเห็นชอบไม่น้อยกว่าสองในสามของผู้ออกเสียง")
                .containsPattern("ชัยวัฒน์ ทองดี</th>\\s*<td>เห็นชอบ</td>")
                .containsPattern("มาลี สุขใจ</th>\\s*<td>ไม่เห็นชอบ</td>\\s*<td>\\s*<p>" + REASON + "</p>")
                .containsPattern("สุดา พรหมมา</th>\\s*<td>งดออกเสียง</td>")
                .containsPattern("เปิดลงมติ</dt>\\s*<dd><time[^>]*>26 พฤศจิกายน 2569 เวลา 09:00 น.</time>");
    }

    @Test
    void anOpenRoundNamesWhoHasVotedButNotWhatTheyVotedAndTheRoundsComeNewestFirst() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        // two of three approve: the outcome cannot change, the round closes without suda
        steps().approve(project, "chaiwat", "malee");
        steps().vote(project, "prasert", "REJECT", "เหตุผลที่ยังไม่เปิดเผยระหว่างลงมติ");

        String page = page(project, "prasert");
        var rounds = history.rounds(project);
        assertThat(rounds).extracting(VoteRound::body).containsExactly(VotingBody.DRAFTING_COMMITTEE, VotingBody.TWG);
        String open = round(page, rounds.get(0));
        String closed = round(page, rounds.get(1));

        assertThat(page.indexOf(open)).isLessThan(page.indexOf(closed));
        assertThat(open).contains("คณะกรรมการจัดทำร่างมาตรฐาน ข้อกำหนด และหลักเกณฑ์").contains("กำลังลงมติ")
                .contains("ลงมติแล้ว 1 จาก 5 คน").contains("ประเสริฐ วัฒนา")
                .contains("ยังไม่ได้ลงมติ").contains("วนิดา สมบูรณ์").contains("พงศกร อินทร์แก้ว")
                .doesNotContain("<td>ไม่เห็นชอบ</td>").doesNotContain(">เห็นชอบ<").doesNotContain("ไม่เห็นชอบ 1")
                .doesNotContain("— มติ");
        assertThat(page).doesNotContain("เหตุผลที่ยังไม่เปิดเผยระหว่างลงมติ");
        assertThat(closed).contains("เห็นชอบ 2 จาก 3 คน ครบองค์ประชุม (กึ่งหนึ่ง 2 คน) — มติเห็นชอบ")
                .containsPattern("ไม่ได้ลงมติ</h3>\\s*<ul[^>]*>\\s*<li>สุดา พรหมมา</li>");
        assertThat(rounds.get(0).votes()).as("an open round carries no decision").isEmpty();
    }

    @Test
    void theLastCountedRoundOfABodyGivesItsReasonsOnTheirOwnForTheNextVote() throws Exception {
        String project = rejectedByTheTechnicalWorkingGroup();
        steps().draft(project, "1.1");

        VoteRound previous = history.lastCounted(project, VotingBody.TWG).orElseThrow();
        assertThat(previous.reasons()).singleElement().satisfies(v -> {
            assertThat(v.member().name()).isEqualTo("มาลี สุขใจ");
            assertThat(v.decision()).isEqualTo(VoteDecision.REJECT);
            assertThat(v.reason()).isEqualTo(REASON);
        });
        assertThat(history.lastCounted(project, VotingBody.DRAFTING_COMMITTEE)).isEmpty();

        String fragment = render("reasons(${round})", previous);
        assertThat(fragment).contains("เหตุผลจากการลงมติครั้งก่อน (คณะทำงานเทคนิค ปิดเมื่อ 26 พฤศจิกายน 2569)")
                .contains("เห็นชอบ 1 จาก 3 คน ครบองค์ประชุม (กึ่งหนึ่ง 2 คน) — มติไม่เห็นชอบ")
                .containsPattern("มาลี สุขใจ</strong>\\s*\\(<span>ไม่เห็นชอบ</span>\\):\\s*<p>" + REASON + "</p>")
                .doesNotContain("ชัยวัฒน์");
        assertThat(render("reasons(${round})", null)).isBlank();
    }

    @Test
    void isForTheSecretariatTheSignersTheBodiesThatVoteAndTheWorkingGroup() throws Exception {
        String project = rejectedByTheTechnicalWorkingGroup();

        for (String reader : new String[] {"somsri", "supachai", "thawatchai", "chaiwat", "prasert", "anan"}) {
            page(project, reader);
        }
        // another project's working group and technical working group, and the committee that votes on government standards only
        for (String outsider : new String[] {"kittipong", "narong", "kanya"}) {
            mvc.perform(get("/work/standards/{id}/votes", project).with(as(outsider))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/work/standards/{id}/votes", project).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/work/standards/{id}/votes", "STD-99999").with(as("somsri"))).andExpect(status().isNotFound());
    }

    @Test
    void readsInEnglishOnRequest() throws Exception {
        String project = rejectedByTheTechnicalWorkingGroup();

        String page = mvc.perform(get("/work/standards/{id}/votes", project).param("lang", "en").with(as("somsri")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Votes on").contains("Technical working group")
                .contains("1 of 3 approve, quorum reached (half: 2): rejected")
                .contains("Approval: at least two thirds of the votes cast approve")
                .containsPattern("มาลี สุขใจ</th>\\s*<td>Reject</td>")
                .doesNotContain("มติไม่เห็นชอบ").doesNotContain("ครบองค์ประชุม");
    }

    /** A fragment of {@code work/votes} as another page includes it, with {@code round} as its model. */
    private String render(String selector, VoteRound round) {
        Context model = new Context(Locale.forLanguageTag("th"));
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        model.setVariable("round", round);
        LocaleContextHolder.setLocale(model.getLocale());
        try {
            return templates.process("work/votes", Set.of(selector.substring(0, selector.indexOf('('))), model);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
