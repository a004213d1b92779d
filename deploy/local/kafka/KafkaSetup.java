// Sets up the local network's Kafka: topics with their retention, and the ACLs that keep each institution node to
// its own topics. Run by deploy/local/kafka.sh with the broker's own jars on the classpath (Java's single-file
// source launcher), as the broker's admin user:
//
//   java -cp '<kafka lib>/*' KafkaSetup.java <bootstrap> <admin-password> <nodes> <hub-principal> <users>
//
// <nodes> is "node:inst1,inst2;node2:inst3" — a node's principal is User:node-<node>.
// <users> is "user=password;..." — SCRAM-SHA-512 credentials to create or update.
// Idempotent: existing topics and ACLs are left as they are.

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class KafkaSetup {

    static final List<String> DOMAINS = List.of("call", "exchange", "followup", "privacy");

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String adminPassword = args[1];
        Map<String, List<String>> nodes = parseNodes(args[2]);
        String hub = args[3];
        Map<String, String> users = parseUsers(args[4]);

        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                + adminPassword + "\";");
        try (Admin admin = Admin.create(p)) {
            List<UserScramCredentialAlteration> credentials = new ArrayList<>();
            users.forEach((user, password) -> credentials.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)));
            admin.alterUserScramCredentials(credentials).all().get();
            List<NewTopic> topics = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            nodes.forEach((node, institutions) -> {
                String principal = "User:node-" + node;
                // Each node's consumer groups are named <node>.<service>.<subscription>.
                acls.add(allow(principal, ResourceType.GROUP, node + ".", PatternType.PREFIXED, AclOperation.READ));
                for (String institution : institutions) {
                    for (String domain : DOMAINS) {
                        String topic = "kloss." + institution + "." + domain + ".v1";
                        // The event topics are the network's history: kept forever, so the hub can rebuild.
                        topics.add(new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1")));
                        topics.add(new NewTopic(topic + ".dlq", 1, (short) 1).configs(Map.of("retention.ms", "-1")));
                        // The hub parks what it cannot read on the institution's dead-letter topics.
                        acls.add(allow("User:" + hub, ResourceType.TOPIC, topic + ".dlq", PatternType.LITERAL, AclOperation.WRITE));
                    }
                    // A node writes and reads only its own institutions' topics.
                    String prefix = "kloss." + institution + ".";
                    for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE)) {
                        acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, op));
                    }
                }
            });
            // The hub reads every institution's topics, and describes them and its groups for lag figures.
            for (AclOperation op : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
                acls.add(allow("User:" + hub, ResourceType.TOPIC, "kloss.", PatternType.PREFIXED, op));
                acls.add(allow("User:" + hub, ResourceType.GROUP, hub + ".", PatternType.PREFIXED, op));
            }
            int created = 0;
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                    created++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(acls).all().get();
            System.out.printf("%d SCRAM users, %d topics (%d new), %d ACL bindings%n", users.size(), topics.size(), created,
                    acls.size());
        }
    }

    static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }

    static Map<String, String> parseUsers(String spec) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String entry : spec.split(";")) {
            int eq = entry.indexOf('=');
            users.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return users;
    }

    static Map<String, List<String>> parseNodes(String spec) {
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        for (String node : spec.split(";")) {
            String[] parts = node.split(":");
            nodes.put(parts[0].trim(), List.of(parts[1].trim().split(",")));
        }
        return nodes;
    }
}
