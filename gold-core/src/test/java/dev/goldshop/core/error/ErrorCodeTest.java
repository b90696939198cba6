package dev.goldshop.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void every_error_code_number_is_unique() {
        List<Integer> numbers = Arrays.stream(ErrorCode.values()).map(ErrorCode::number).toList();
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void codes_sit_in_their_areas_range() {
        assertThat(ErrorCode.VALIDATION_FAILED.number()).isBetween(1100, 1199);
        assertThat(ErrorCode.NOT_FOUND.number()).isBetween(1200, 1299);
        assertThat(ErrorCode.DUPLICATE.number()).isBetween(1300, 1399);
        assertThat(ErrorCode.PERMISSION_DENIED.number()).isBetween(1400, 1499);
        assertThat(ErrorCode.BUSINESS_RULE.number()).isBetween(1500, 1599);
        assertThat(ErrorCode.STORAGE_UNAVAILABLE.number()).isBetween(1600, 1699);
    }

    @Test
    void a_validation_error_names_field_value_and_what_is_accepted() {
        ValidationException e = ValidationException.of("email", "not-an-email", "must be an address like a@b.com");
        assertThat(e.getMessage()).contains("email").contains("not-an-email").contains("a@b.com");
        assertThat(e.fieldErrors()).hasSize(1);
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void a_validation_error_needs_a_field() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
