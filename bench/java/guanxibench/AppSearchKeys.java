package guanxibench;

import dev.guanxi.contact.internal.Contact;
import dev.guanxi.customer.internal.Account;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Search keys computed by the application's own code: the generator fills a real {@link Account} or
 * {@link Contact} entity with the generated values and calls its {@code refreshSearchKeys()} (the
 * {@code @PrePersist} hook that calls {@code dev.guanxi.shared.search.SearchKeys.of}), then reads back
 * {@code searchText} and {@code searchTokens}. Nothing of the key logic is re-implemented here, so the
 * loaded rows are found exactly as rows saved by the application are.
 */
final class AppSearchKeys {

    record Keys(String text, List<String> tokens) {
    }

    private static final Method ACCOUNT_REFRESH;
    private static final Field ACCOUNT_TEXT;
    private static final Field ACCOUNT_TOKENS;
    private static final Method CONTACT_REFRESH;
    private static final Field CONTACT_TEXT;
    private static final Field CONTACT_TOKENS;

    static {
        try {
            ACCOUNT_REFRESH = accessible(Account.class.getDeclaredMethod("refreshSearchKeys"));
            ACCOUNT_TEXT = accessible(Account.class.getDeclaredField("searchText"));
            ACCOUNT_TOKENS = accessible(Account.class.getDeclaredField("searchTokens"));
            CONTACT_REFRESH = accessible(Contact.class.getDeclaredMethod("refreshSearchKeys"));
            CONTACT_TEXT = accessible(Contact.class.getDeclaredField("searchText"));
            CONTACT_TOKENS = accessible(Contact.class.getDeclaredField("searchTokens"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the entities no longer have refreshSearchKeys()/searchText/searchTokens; "
                    + "update bench/java/guanxibench/AppSearchKeys.java", e);
        }
    }

    private AppSearchKeys() {
    }

    static Keys of(Account account) {
        return read(account, ACCOUNT_REFRESH, ACCOUNT_TEXT, ACCOUNT_TOKENS);
    }

    static Keys of(Contact contact) {
        return read(contact, CONTACT_REFRESH, CONTACT_TEXT, CONTACT_TOKENS);
    }

    @SuppressWarnings("unchecked")
    private static Keys read(Object entity, Method refresh, Field text, Field tokens) {
        try {
            refresh.invoke(entity);
            return new Keys((String) text.get(entity), (List<String>) tokens.get(entity));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }
}
