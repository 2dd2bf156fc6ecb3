package dev.guanxi.customer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Adds people and their ties to the relationship network (人际关系网络) of an account page: given the
 * accounts on the graph, a contributor returns nodes and links it knows, under the user's visibility.
 */
public interface NetworkContributor {

    Contribution contribute(UUID focusAccountId, Collection<UUID> accountIds);

    record Contribution(List<Node> nodes, List<Link> links) {
    }

    /** {@code id} is unique across the graph, e.g. "contact:uuid"; {@code category} picks colour and legend. */
    record Node(String id, String name, String category, String detail, String url, int size) {
    }

    /** {@code type} is a message key suffix: network.link.knows, network.link.works-at… */
    record Link(String source, String target, String type, String label) {
    }
}
