package org.haian.strata.liaison.eventstore;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: an H2 file under the data folder. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest
class H2EventStoreIT extends EventStoreContract {
}
