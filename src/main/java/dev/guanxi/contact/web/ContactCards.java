package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.ContactRow;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Contacts as vCard 3.0 (ez-vcard), the format Outlook, Apple Contacts and phones import; one card after another. */
final class ContactCards {

    private ContactCards() {
    }

    static void send(HttpServletResponse response, Iterable<ContactRow> rows, ZoneId zone) {
        response.setContentType("text/vcard;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("contacts-" + LocalDate.now(zone) + ".vcf").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (VCardWriter writer = new VCardWriter(response.getOutputStream(), VCardVersion.V3_0)) {
            for (ContactRow contact : rows) {
                writer.write(card(contact));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VCard card(ContactRow contact) {
        VCard card = new VCard();
        card.setFormattedName(contact.name());
        StructuredName name = new StructuredName();
        name.setFamily(contact.name());
        card.setStructuredName(name);
        if (contact.accountName() != null) {
            card.setOrganization(contact.departmentName() == null ? new String[] {contact.accountName()}
                    : new String[] {contact.accountName(), contact.departmentName()});
        }
        if (contact.title() != null) {
            card.addTitle(contact.title());
        }
        if (contact.mobile() != null) {
            card.addTelephoneNumber(contact.mobile(), TelephoneType.CELL);
        }
        if (contact.phone() != null) {
            card.addTelephoneNumber(contact.phone(), TelephoneType.WORK);
        }
        if (contact.email() != null) {
            card.addEmail(contact.email(), EmailType.WORK);
        }
        if (contact.otherEmail() != null) {
            card.addEmail(contact.otherEmail());
        }
        if (contact.birthday() != null) {
            card.setBirthday(new Birthday(contact.birthday()));
        }
        // our id, so an address book that imports the file again updates the card instead of adding one
        card.setUid(new ezvcard.property.Uid("urn:guanxi:" + contact.id()));
        return card;
    }
}
