package dev.guanxi.imports.internal.source;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A vCard file (2.1, 3.0, 4.0) as a table: one row per card under fixed headers, read card by card. */
final class VCardReading {

    static final List<String> HEADERS = List.of("Name", "Family name", "Given name", "Organization", "Department",
            "Title", "Phone", "Mobile", "E-mail", "Other e-mail", "Birthday", "Address", "Note", "UID");

    private VCardReading() {
    }

    static void read(Reader text, Charset charset, RowShaper shaper) throws IOException {
        try (VCardReader reader = new VCardReader(text)) {
            // quoted-printable values (vCard 2.1) without a CHARSET parameter: their bytes are in the file's charset
            reader.setDefaultQuotedPrintableCharset(charset);
            long number = 0;
            while (true) {
                VCard card;
                try {
                    card = reader.readNext();
                } catch (CharacterCodingException e) {
                    throw new SourceException("import.source.encoding", e, number + 1, charset.name());
                }
                if (card == null) {
                    break;
                }
                if (!shaper.hasHeader()) {
                    shaper.accept(0, HEADERS);
                }
                number++;
                if (!shaper.accept(number, row(card))) {
                    break;
                }
            }
        }
    }

    static List<String> row(VCard card) {
        StructuredName structured = card.getStructuredName();
        String family = structured == null ? null : structured.getFamily();
        String given = structured == null ? null : structured.getGiven();
        List<String> organization = card.getOrganization() == null ? List.of() : card.getOrganization().getValues();
        List<Email> emails = card.getEmails();
        List<String> row = new ArrayList<>(HEADERS.size());
        row.add(name(card, family, given));
        row.add(family);
        row.add(given);
        row.add(organization.isEmpty() ? null : organization.get(0));
        row.add(organization.size() < 2 ? null : organization.get(1));
        row.add(first(card.getTitles()));
        row.add(phone(card));
        row.add(card.getTelephoneNumbers().stream().filter(t -> t.getTypes().contains(TelephoneType.CELL))
                .map(VCardReading::number).findFirst().orElse(null));
        row.add(emails.isEmpty() ? null : emails.get(0).getValue());
        row.add(emails.size() < 2 ? null : emails.get(1).getValue());
        row.add(birthday(card.getBirthday()));
        row.add(card.getAddresses().isEmpty() ? null : address(card.getAddresses().get(0)));
        row.add(first(card.getNotes()));
        row.add(card.getUid() == null ? null : card.getUid().getValue());
        return row;
    }

    /** FN; without it the structured name, family first and unspaced for Chinese names, "Given Family" otherwise. */
    private static String name(VCard card, String family, String given) {
        if (card.getFormattedName() != null && card.getFormattedName().getValue() != null
                && !card.getFormattedName().getValue().isBlank()) {
            return card.getFormattedName().getValue();
        }
        String f = family == null ? "" : family.strip();
        String g = given == null ? "" : given.strip();
        if (isHan(f) || isHan(g)) {
            return f + g;
        }
        return (g + " " + f).strip();
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The first telephone that is not a mobile, a work number preferred. */
    private static String phone(VCard card) {
        List<Telephone> landlines = card.getTelephoneNumbers().stream()
                .filter(t -> !t.getTypes().contains(TelephoneType.CELL)).toList();
        return landlines.stream().filter(t -> t.getTypes().contains(TelephoneType.WORK)).findFirst()
                .or(() -> landlines.stream().findFirst())
                .map(VCardReading::number).orElse(null);
    }

    private static String number(Telephone telephone) {
        if (telephone.getText() != null) {
            return telephone.getText();
        }
        return telephone.getUri() == null ? null : telephone.getUri().getNumber();
    }

    private static String birthday(Birthday birthday) {
        if (birthday == null) {
            return null;
        }
        Temporal date = birthday.getDate();
        if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
            return LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)).toString();
        }
        if (birthday.getPartialDate() != null) {
            return birthday.getPartialDate().toISO8601(true);
        }
        return birthday.getText();
    }

    private static String address(Address address) {
        return Stream.of(address.getStreetAddress(), address.getLocality(), address.getRegion(),
                        address.getPostalCode(), address.getCountry())
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static String first(List<? extends TextProperty> properties) {
        return properties.stream().map(TextProperty::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
