/**
 * How an event marks personal data (个人信息), which the platform's serializer encrypts per person and erases when
 * the person is forgotten (the right to deletion of China's Personal Information Protection Law, 2021).
 */
package org.haian.strata.contract.personal;
