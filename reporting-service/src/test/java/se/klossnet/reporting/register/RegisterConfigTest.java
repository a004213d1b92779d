package se.klossnet.reporting.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterConfigTest {

    @Test
    void withoutConfiguredMembersTheSeedIsTheWholeRegister() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(RegisterConfig.class).build();
        assertThat(config.getConfigMapping(RegisterConfig.class).members()).isEmpty();
    }

    @Test
    void aMemberIsAddedByConfiguration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(RegisterConfig.class)
                .withSources(new PropertiesConfigSource(Map.of(
                        "kloss.reporting.register.members.hkv.name-sv", "Högskolan i Kvarnby",
                        "kloss.reporting.register.members.hkv.region", "12"), "test", 100))
                .build();
        RegisterConfig.Member member = config.getConfigMapping(RegisterConfig.class).members().get("hkv");
        assertThat(member.nameSv()).isEqualTo("Högskolan i Kvarnby");
        assertThat(member.nameEn()).isEmpty();
        assertThat(member.region()).contains("12");
    }
}
