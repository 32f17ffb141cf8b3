package org.haian.strata.outreach.domain;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.AddressBookEntryAdded;
import org.haian.strata.contract.outreach.AddressBookEntryRemoved;
import org.haian.strata.contract.outreach.AddressBookOpened;
import org.haian.strata.outreach.api.connection.AddToAddressBook;
import org.haian.strata.outreach.api.connection.OpenAddressBook;
import org.haian.strata.outreach.api.connection.RemoveFromAddressBook;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.outreach.api.references.References;
import org.haian.strata.outreach.api.references.UnknownReference;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A keeper's address book (通讯录) of professional connection (专业相通): a science-and-technology town mayor or a
 * township cadre, and the enterprise staff they keep in touch with.
 */
@Aggregate
public class AddressBook extends TownshipRecord {

    @AggregateIdentifier
    private String bookId;
    private String township;
    private final Set<String> people = new HashSet<>();

    protected AddressBook() {
        // For Axon, which rebuilds the book from its events.
    }

    @CommandHandler
    public AddressBook(OpenAddressBook command) {
        CadreReference keeper = References.cadre("keeperCadreId", command.keeper());
        if (!command.bookId().equals(OpenAddressBook.idOf(keeper.cadreId()))) {
            throw new CommandRefused(INVALID, "bookId", "must be " + OpenAddressBook.idOf(keeper.cadreId()));
        }
        String where = keeper.level() == CadreLevel.TOWNSHIP ? keeper.township() : command.township();
        if (where == null) {
            throw new CommandRefused(INVALID, "township", "is required for a keeper who is no township cadre");
        }
        if (command.township() != null && !command.township().equals(where)) {
            throw new UnknownReference("keeperCadreId", "is not a cadre of " + command.township());
        }
        apply(new AddressBookOpened(command.bookId(), where, keeper.cadreId()));
    }

    @CommandHandler
    public void handle(AddToAddressBook command) {
        PersonReference person = References.person("personId", command.person());
        if (person.category() != Category.ENTERPRISE_STAFF) {
            throw new UnknownReference("personId", "is not enterprise staff");
        }
        if (people.contains(person.personId())) {
            throw new CommandRefused(CONFLICT, "personId", "is in the address book already");
        }
        apply(new AddressBookEntryAdded(bookId, township, person.personId(), person.category(), command.online()));
    }

    @CommandHandler
    public void handle(RemoveFromAddressBook command) {
        if (!people.contains(command.personId())) {
            throw CommandRefused.notFound("personId");
        }
        apply(new AddressBookEntryRemoved(bookId, township, command.personId()));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "bookId";
    }

    @EventSourcingHandler
    void on(AddressBookOpened event) {
        this.bookId = event.bookId();
        this.township = event.township();
    }

    @EventSourcingHandler
    void on(AddressBookEntryAdded event) {
        people.add(event.personId());
    }

    @EventSourcingHandler
    void on(AddressBookEntryRemoved event) {
        people.remove(event.personId());
    }
}
