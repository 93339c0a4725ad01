package th.go.dga.standards.workspace;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "My work" reads its lines in the same few statements however many tasks a person and their groups hold. */
@Import(SqlStatements.Counting.class)
class MyWorkStatementsTests extends ApiTestSupport {

    @Test
    void aGroupsWorkIsReadInTheSameStatementsForTwoTasksAsForSeven() throws Exception {
        for (int i = 0; i < 2; i++) {
            steps().register(StandardKind.MSPR, nextNumber(), null);
        }
        myWork("anan");
        int fewer = SqlStatements.countedWhile(() -> myWork("anan"));
        for (int i = 0; i < 5; i++) {
            steps().register(StandardKind.MSPR, nextNumber(), null);
        }
        int more = SqlStatements.countedWhile(() -> myWork("anan"));

        assertThat(more).isEqualTo(fewer);
    }

    @Test
    void aMembersVotesAreReadInTheSameStatementsForOneBallotAsForFour() throws Exception {
        String first = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(first, "1.0");
        myWork("suda");
        int fewer = SqlStatements.countedWhile(() -> myWork("suda"));
        for (int i = 0; i < 3; i++) {
            String id = steps().register(StandardKind.MSPR, nextNumber(), null);
            steps().draft(id, "1.0");
        }
        String page = myWork("suda");
        int more = SqlStatements.countedWhile(() -> myWork("suda"));

        assertThat(page.split("ลงมติ \\(คณะทำงานเทคนิค\\)", -1).length - 1).isGreaterThanOrEqualTo(4);
        assertThat(more).isEqualTo(fewer);
    }

    private String myWork(String user) throws Exception {
        return mvc.perform(get("/work").with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
