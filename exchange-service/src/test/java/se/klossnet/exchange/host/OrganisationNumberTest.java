package se.klossnet.exchange.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void acceptsTenDigitsWithALuhnCheckDigitWithOrWithoutTheHyphen() {
        assertThat(OrganisationNumber.normalise("556016-0680")).contains("5560160680");
        assertThat(OrganisationNumber.normalise(" 5560160680 ")).contains("5560160680");
        assertThat(OrganisationNumber.normalise("202100-3054")).contains("2021003054");
    }

    @Test
    void refusesAWrongCheckDigitOrLengthOrLetters() {
        assertThat(OrganisationNumber.normalise("556016-0681")).isEmpty();
        assertThat(OrganisationNumber.normalise("55601606")).isEmpty();
        assertThat(OrganisationNumber.normalise("55601606800")).isEmpty();
        assertThat(OrganisationNumber.normalise("556016-068O")).isEmpty();
        assertThat(OrganisationNumber.normalise(null)).isEmpty();
    }
}
