package org.haian.strata.outreach.api.connection;

import java.util.List;

public record AddressBookPage(List<AddressBookView> items, int page, int size, long total) {
}
