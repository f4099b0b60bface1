/**
 * Directory and accounts: the university and locality trees, people, their roles and who
 * may act where.
 */
package org.practica.directory;
