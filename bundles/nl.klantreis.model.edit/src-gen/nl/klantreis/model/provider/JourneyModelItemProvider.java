/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.provider;


import java.util.Collection;
import java.util.List;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.KlantreisPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link nl.klantreis.model.JourneyModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class JourneyModelItemProvider extends NamedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyModelItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(KlantreisPackage.Literals.JOURNEY_MODEL__ORGANISATIONS);
			childrenFeatures.add(KlantreisPackage.Literals.JOURNEY_MODEL__PERSONAS);
			childrenFeatures.add(KlantreisPackage.Literals.JOURNEY_MODEL__KEY_PERSONS);
			childrenFeatures.add(KlantreisPackage.Literals.JOURNEY_MODEL__JOURNEYS);
			childrenFeatures.add(KlantreisPackage.Literals.JOURNEY_MODEL__RULE_SETTINGS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns JourneyModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/JourneyModel"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage()
	{
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((JourneyModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_JourneyModel_type") :
			getString("_UI_JourneyModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(JourneyModel.class))
		{
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(KlantreisPackage.Literals.JOURNEY_MODEL__ORGANISATIONS,
				 KlantreisFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(KlantreisPackage.Literals.JOURNEY_MODEL__PERSONAS,
				 KlantreisFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(KlantreisPackage.Literals.JOURNEY_MODEL__KEY_PERSONS,
				 KlantreisFactory.eINSTANCE.createKeyPerson()));

		newChildDescriptors.add
			(createChildParameter
				(KlantreisPackage.Literals.JOURNEY_MODEL__JOURNEYS,
				 KlantreisFactory.eINSTANCE.createJourney()));

		newChildDescriptors.add
			(createChildParameter
				(KlantreisPackage.Literals.JOURNEY_MODEL__RULE_SETTINGS,
				 KlantreisFactory.eINSTANCE.createRuleSetting()));
	}

}
