/**
 * Demo data, loaded on an empty database when {@code practica.demo=true}: universities,
 * districts, teams, needs and offers that tell the story of the seeds.
 */
package org.practica.demo;
