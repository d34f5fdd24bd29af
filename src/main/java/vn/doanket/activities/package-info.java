/**
 * Implementation records: activities (propaganda, training, study tours, conferences, coordination), community models
 * with their status over time and replication, Great National Unity Day and other festivals per residential area and
 * year, and the Unity Day summaries across years. Publishes {@link vn.doanket.activities.ActivityRecorded},
 * {@link vn.doanket.activities.CommunityModelChanged} and {@link vn.doanket.activities.FestivalRecorded} for the plans
 * and reporting modules. Public API: {@link vn.doanket.activities.CommunityModels},
 * {@link vn.doanket.activities.Activities}, {@link vn.doanket.activities.UnityDays}.
 */
package vn.doanket.activities;
