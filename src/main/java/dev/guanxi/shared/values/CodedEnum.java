package dev.guanxi.shared.values;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration whose values have a stable code: the value in the database, the API, import
 * mappings and message keys ({@code account.type.distributor}). Constant names may change; codes never.
 */
public interface CodedEnum {

    String code();

    static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
