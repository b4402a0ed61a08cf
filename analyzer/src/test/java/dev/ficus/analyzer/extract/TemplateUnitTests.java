package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateUnitTests {

    @Test
    void replacesEveryPlaceholder() {
        String rendered = Template.load("CreateTable.sql")
            .render(Map.of("table", "orders", "source", "entity Order", "columns", "    id bigint primary key"));

        assertThat(rendered)
            .isEqualTo("-- orders: entity Order\ncreate table orders (\n    id bigint primary key\n);\n");
    }

    @Test
    void refusesToRenderWithAPlaceholderLeftOpen() {
        Template template = Template.load("CreateTable.sql");

        assertThatThrownBy(() -> template.render(Map.of("table", "orders", "source", "x")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("template CreateTable.sql needs a value for columns");
    }

    @Test
    void keepsDollarSignsAndBackslashesOfValuesAsTheyAre() {
        String rendered = Template.load("CreateTable.sql")
            .render(Map.of("table", "t", "source", "a$1\\b", "columns", "c"));

        assertThat(rendered).startsWith("-- t: a$1\\b\n");
    }

}
