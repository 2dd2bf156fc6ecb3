package dev.guanxi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guanxi.shared.paging.Cursor;
import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.problem.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    static final List<SortField> FIELDS = List.of(
            new SortField("name", "a.name", SortField.ValueType.TEXT),
            new SortField("updatedAt", "a.updated_at", SortField.ValueType.TIMESTAMP));
    static final Sort DEFAULT = new Sort(FIELDS.get(1), true);

    @Test
    void onlyAllowListedFieldsSort() {
        assertThat(Sort.parse("-name", FIELDS, DEFAULT)).isEqualTo(new Sort(FIELDS.get(0), true));
        assertThat(Sort.parse(null, FIELDS, DEFAULT)).isEqualTo(DEFAULT);
        assertThatThrownBy(() -> Sort.parse("a.name; drop table x", FIELDS, DEFAULT)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aCursorCarriesTheLastRowsPositionAndItsSort() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-25T08:00:00.123456Z");
        String encoded = new Cursor("-updatedAt", at.toString(), id).encode();
        Cursor decoded = Cursor.decode(encoded, DEFAULT);
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(decoded.value()).isEqualTo(at.atOffset(java.time.ZoneOffset.UTC));
        assertThatThrownBy(() -> Cursor.decode(encoded, new Sort(FIELDS.get(0), false))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Cursor.decode("%%%", DEFAULT)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aSliceCutsTheExtraRowAndPointsAfterTheLastKeptRow() {
        PageRequest page = PageRequest.of(3, null, new Sort(FIELDS.get(0), false));
        List<String> rows = IntStream.range(0, 4).mapToObj(i -> "row" + i).toList();
        Slice<String> slice = Keyset.slice(rows, page, row -> row, row -> new UUID(0, row.charAt(3)));
        assertThat(slice.items()).containsExactly("row0", "row1", "row2");
        assertThat(Cursor.decode(slice.nextCursor(), page.sort()).value()).isEqualTo("row2");
        assertThat(Keyset.slice(rows.subList(0, 3), page, row -> row, row -> new UUID(0, 1)).nextCursor()).isNull();
    }

    @Test
    void pageSizesAreBounded() {
        assertThatThrownBy(() -> PageRequest.of(0, null, DEFAULT)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(201, null, DEFAULT)).isInstanceOf(BadRequestException.class);
        assertThat(PageRequest.of(null, " ", DEFAULT).limit()).isEqualTo(50);
    }
}
