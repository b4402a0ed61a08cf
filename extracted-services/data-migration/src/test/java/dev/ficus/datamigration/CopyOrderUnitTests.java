package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyOrderUnitTests {

    @Test
    void putsEveryParentBeforeItsChildrenAndKeepsTheGivenOrderOtherwise() {
        List<String> order = CopyOrder.parentsFirst(List.of("a_line", "b_note", "c_order", "d_customer"),
                Map.of("a_line", Set.of("c_order"), "c_order", Set.of("d_customer"), "b_note", Set.of()));

        assertThat(order).containsExactly("b_note", "d_customer", "c_order", "a_line");
    }

    @Test
    void ignoresSelfReferencesAndTablesThatDoNotMove() {
        List<String> order = CopyOrder.parentsFirst(List.of("b_employee", "a_team"),
                Map.of("b_employee", Set.of("b_employee", "x_elsewhere")));

        assertThat(order).containsExactly("b_employee", "a_team");
    }

    @Test
    void refusesForeignKeysInACycle() {
        assertThatThrownBy(() -> CopyOrder.parentsFirst(List.of("a", "b"), Map.of("a", Set.of("b"), "b", Set.of("a"))))
            .isInstanceOf(UserMistakeException.class)
            .hasMessage("the foreign keys between a, b form a cycle, so no copy order puts every parent first");
    }

}
